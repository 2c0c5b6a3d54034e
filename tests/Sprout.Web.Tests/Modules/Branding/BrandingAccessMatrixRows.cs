using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Branding;

public sealed class BrandingAccessMatrixRows : IAccessMatrixRows
{
    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/quan-tri/logo", [R.Admin, R.Principal]),
        // Every signed-in person: the header of their pages shows it; the address names no school, the claim does.
        new("/truong/logo", [.. R.All]),
        // The portal shows it to anyone: a school's logo is as public as its gate.
        new("/cong-khai/{SchoolId:int}/logo", [AccessMatrixRow.Anonymous], async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}/logo"),
    ];
}
