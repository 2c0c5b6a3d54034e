using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.ContactBook;

public sealed class NoticeAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk, R.Parent];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/lop/{Id:int}/thong-bao", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher], async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/thong-bao"),
        new("/con-toi/{Id:int}/thong-bao", [R.Parent], async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/thong-bao"),
        new("/lop/{Id:int}/ke-hoach-tuan", Readers, async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/ke-hoach-tuan"),
        new("/con-toi/{ChildId:int}/ke-hoach-tuan", Readers, async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/ke-hoach-tuan"),
        new("/thong-bao", [.. R.All]),
    ];
}
