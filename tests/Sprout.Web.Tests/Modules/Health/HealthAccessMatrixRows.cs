using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Health;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Health;

public sealed class HealthAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Admin, R.Principal, R.VicePrincipal, R.Nurse, R.Teacher];
    private static readonly string[] Managers = [R.Admin, R.Principal, R.VicePrincipal, R.Nurse];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/suc-khoe", Readers),
        new("/suc-khoe/can-do/{ClassId:int}", Readers, async app => $"/suc-khoe/can-do/{await ChildrenAccessMatrixRows.LonA1(app)}"),
        new("/suc-khoe/danh-gia/{ClassId:int}", Readers, async app => $"/suc-khoe/danh-gia/{await ChildrenAccessMatrixRows.LonA1(app)}"),
        new("/suc-khoe/danh-gia/{ClassId:int}/chi-so", Readers, async app => $"/suc-khoe/danh-gia/{await ChildrenAccessMatrixRows.LonA1(app)}/chi-so"),
        new("/suc-khoe/chi-so", Managers),
        new("/suc-khoe/chi-so/{Id:int}", Managers, async app => $"/suc-khoe/chi-so/{await FirstIndicator(app)}"),
        new("/suc-khoe/bao-cao", Readers),
        new("/suc-khoe/bao-cao.xlsx", Readers),
        new("/suc-khoe/tre/{ChildId:int}", [.. Readers, R.Parent], async app => $"/suc-khoe/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}"),
        new("/con-toi/{ChildId:int}/suc-khoe", [.. Readers, R.Parent], async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/suc-khoe"),
    ];

    private static Task<string> FirstIndicator(SproutAppFactory app) => app.WithDbAsync(async db =>
    {
        var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        return (await db.Set<DevelopmentIndicator>().Where(i => i.SchoolId == school).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture);
    });
}
