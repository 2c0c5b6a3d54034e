using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules;

/// <summary>The form posts of Children, Attendance, ContactBook, Health and Parents in the authorization matrix.</summary>
public sealed class ChildrenAndClassesPostRows : IAccessMatrixRows
{
    private static readonly string[] Managers = [R.Admin, R.Principal, R.VicePrincipal];
    private static readonly string[] Takers = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher];
    private static readonly string[] ChildEditors = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Clerk];
    private static readonly string[] BookReaders = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk, R.Parent];
    private static readonly string[] HealthReaders = [R.Admin, R.Principal, R.VicePrincipal, R.Nurse, R.Teacher];

    public IEnumerable<AccessMatrixRow> Rows => [];

    public IEnumerable<AccessMatrixPost> Posts =>
    [
        new(Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/diem-danh"),
        new([R.Parent], async app => $"/con-toi/{await OwnChild(app)}/bao-vang"),
        new(ChildEditors, _ => Task.FromResult("/tre/nhap")),
        new(ChildEditors, async app => $"/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/sua"),
        new(ChildEditors, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/them-tre"),
        new([.. ChildEditors, R.Nurse], async app => $"/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}"),
        new(Managers, _ => Task.FromResult("/lop/quan-ly")),
        new(Managers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/sua"),
        new(Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/so-lien-lac"),
        new(Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/thong-bao"),
        new(BookReaders, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/ke-hoach-tuan"),
        new(BookReaders, async app => $"/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/tin-nhan"),
        new(BookReaders, async app => $"/con-toi/{await OwnChild(app)}/tin-nhan"),
        new(HealthReaders, async app => $"/suc-khoe/can-do/{await ChildrenAccessMatrixRows.LonA1(app)}"),
        new(HealthReaders, async app => $"/suc-khoe/danh-gia/{await ChildrenAccessMatrixRows.LonA1(app)}"),
        new(HealthReaders, async app => $"/suc-khoe/danh-gia/{await ChildrenAccessMatrixRows.LonA1(app)}/chi-so"),
        new([.. HealthReaders, R.Parent], async app => $"/suc-khoe/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}"),
        new([R.Parent], async app => $"/con-toi/{await OwnChild(app)}"),
        new(ChildEditors, _ => Task.FromResult("/phu-huynh/loi-moi")),
        new(ChildEditors, async app => $"/phu-huynh/loi-moi/lop/{await ChildrenAccessMatrixRows.LonA1(app)}"),
    ];

    private static Task<string> OwnChild(SproutAppFactory app) => app.WithDbAsync(async db =>
        (await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).OrderBy(cg => cg.ChildId).Select(cg => cg.ChildId).FirstAsync()).ToString(CultureInfo.InvariantCulture));
}
