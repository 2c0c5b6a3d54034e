using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Attendance;

public sealed class AttendanceAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Takers = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/lop/{Id:int}/diem-danh", Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/diem-danh"),
        new("/lop/{id:int}/diem-danh/{childId:int}", Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/diem-danh/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}"),
        new("/lop/{Id:int}/so-diem-danh", Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/so-diem-danh"),
        new("/lop/{id:int}/so-diem-danh.xlsx", Takers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/so-diem-danh.xlsx"),
        new("/bep/suat-an", [R.Admin, R.Principal, R.VicePrincipal, R.Cook, R.Accountant, R.Nurse]),
        new("/con-toi/{Id:int}/bao-vang", [R.Parent], app => app.WithDbAsync(async db =>
            $"/con-toi/{(await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync()).ToString(CultureInfo.InvariantCulture)}/bao-vang")),
    ];
}
