using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Portal;

public sealed class PortalAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Anyone = [AccessMatrixRow.Anonymous];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/cong-khai", Anyone),
        new("/robots.txt", Anyone),
        new("/sitemap.xml", Anyone),
        new("/cong-khai/{SchoolId:int}", Anyone, async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}"),
        new("/cong-khai/{SchoolId:int}/van-ban", Anyone, async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}/van-ban"),
        new("/cong-khai/{SchoolId:int}/van-ban/{Id:int}.pdf", Anyone, async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}/van-ban/999999.pdf"),
        new("/cong-khai/{SchoolId:int}/thong-bao", Anyone, async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}/thong-bao"),
        new("/cong-khai/{SchoolId:int}/ket-qua", Anyone, async app => $"/cong-khai/{await app.DemoSchoolIdAsync()}/ket-qua"),
    ];
}
