using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Children;

public sealed class ChildrenAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk];
    private static readonly string[] Editors = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Clerk];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/tre/{Id:int}", Readers, async app => "/tre/" + await ChildInLonA1(app)),
        new("/tre/{Id:int}/sua", Editors, async app => $"/tre/{await ChildInLonA1(app)}/sua"),
        new("/lop/{ClassId:int}/them-tre", Editors, async app => $"/lop/{await LonA1(app)}/them-tre"),
        new("/lop/{id:int}/danh-sach.xlsx", Readers, async app => $"/lop/{await LonA1(app)}/danh-sach.xlsx"),
        new("/tre/danh-sach.xlsx", Readers),
        new("/tre/mau-nhap.xlsx", Editors),
        new("/tre/nhap", Editors),
        new("/tre/ho-so-thieu", Readers),
        new("/lop/quan-ly", [R.Admin, R.Principal, R.VicePrincipal]),
        new("/lop/{Id:int}/sua", [R.Admin, R.Principal, R.VicePrincipal], async app => $"/lop/{await LonA1(app)}/sua"),
        new("/chan-dung/{id:int}.jpg", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk, R.Parent], _ => Task.FromResult("/chan-dung/999999.jpg")),
    ];

    internal static Task<string> LonA1(SproutAppFactory app) => app.WithDbAsync(async db =>
        (await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture));

    /// <summary>Lớn A1's id and its children's ids in id order: the class most tests of the teacher's day use.</summary>
    internal static async Task<(string ClassId, List<int> Children)> LonA1WithChildren(SproutAppFactory app)
    {
        var classId = await LonA1(app);
        var children = await app.WithDbAsync(db =>
            db.Children.Where(c => c.ClassroomId == int.Parse(classId, CultureInfo.InvariantCulture)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        return (classId, children);
    }

    internal static Task<string> ChildInLonA1(SproutAppFactory app) => app.WithDbAsync(async db =>
        (await db.Children.Where(c => c.Classroom!.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture));
}
