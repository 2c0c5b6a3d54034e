using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Nutrition;

public sealed class NutritionAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Kitchen = [R.Admin, R.Principal, R.VicePrincipal, R.Cook, R.Nurse, R.Accountant];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/thuc-don", Kitchen),
        new("/thuc-don/mon-an", Kitchen),
        new("/thuc-don/cho", Kitchen),
        new("/thuc-don/tuan-nay", [.. R.All]),
        new("/thuc-don/gia", Kitchen),
        new("/an-toan-thuc-pham", Kitchen),
        new("/thuc-don/thuc-pham", Kitchen),
        new("/thuc-don/chuan", Kitchen),
        new("/cong-khai/thuc-don/{SchoolId:int}", [AccessMatrixRow.Anonymous], async app => $"/cong-khai/thuc-don/{await app.DemoSchoolIdAsync()}"),
    ];
}
