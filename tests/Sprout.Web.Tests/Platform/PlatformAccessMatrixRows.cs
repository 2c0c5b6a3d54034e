using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Platform;

/// <summary>The rows for the foundation's pages and endpoints, written by hand, independent of the app's own table.</summary>
public sealed class PlatformAccessMatrixRows : IAccessMatrixRows
{
    private const string Anonymous = AccessMatrixRow.Anonymous;
    private static readonly string[] Everyone = [.. R.All];
    private static readonly string[] ChildrenReaders = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/", Everyone),
        new("/dang-nhap", [Anonymous]),
        new("/dang-nhap/ma-xac-thuc", [Anonymous]),
        new("/dang-xuat", Everyone),
        new("/dang-nhap/quen-mat-khau", [Anonymous]),
        new("/dang-nhap/dat-lai-mat-khau", [Anonymous]),
        new("/tai-khoan/doi-mat-khau", Everyone),
        new("/quan-tri/tai-khoan", [R.Admin, R.Principal]),
        new("/moi/{Token}", [Anonymous], _ => Task.FromResult("/moi/khong-co")),
        new("/loi/{code:int}", [Anonymous], _ => Task.FromResult("/loi/404")),
        new("/loi/khong-tim-thay", [Anonymous]),
        new("/healthz", [Anonymous]),
        new("/{**path:file}", [Anonymous], _ => Task.FromResult("/khong-co.txt")),
        new("/_framework/opaque-redirect", [Anonymous]),
        new("/tai-khoan/xac-thuc-hai-buoc", Everyone),
        new("/lop", ChildrenReaders),
        new("/lop/{Id:int}", ChildrenReaders, app => app.WithDbAsync(async db =>
            "/lop/" + (await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture))),
        new("/nhan-su", [R.Admin, R.Principal, R.VicePrincipal, R.Clerk, R.Accountant]),
        new("/chi-bo", [R.PartySecretary, R.PartyCommittee, R.PartyMember]),
        new("/phu-huynh/loi-moi", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Clerk]),
        new("/phu-huynh/loi-moi/lop/{ClassId:int}", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Clerk], app => app.WithDbAsync(async db =>
            "/phu-huynh/loi-moi/lop/" + (await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture))),
        new("/quan-tri/truong", [R.Admin, R.Principal]),
        new("/quan-tri/nhat-ky", [R.Admin, R.Principal]),
        new("/phuong", [R.WardOfficer]),
        new("/con-toi", [R.Parent]),
        new("/lich-truong", [R.Admin, R.Principal]),
        new("/thong-bao/cai-dat", Everyone),
        new("/thong-bao/khoa-day", Everyone),
        // POSTs: who passes authorization (the antiforgery token is then required, so an allowed role without it gets 400).
        new("/thong-bao/dang-ky-day", Everyone),
        new("/thong-bao/huy-day", Everyone),
        new("/con-toi/{Id:int}", [R.Parent], app => app.WithDbAsync(async db =>
            "/con-toi/" + (await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync()).ToString(CultureInfo.InvariantCulture))),
    ];
}
