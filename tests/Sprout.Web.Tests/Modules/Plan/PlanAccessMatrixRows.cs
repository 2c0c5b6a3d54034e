using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Plan;

public sealed class PlanAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Principal, R.VicePrincipal, R.PartySecretary, R.PartyCommittee];

    private static readonly string[] Editors = [R.Principal, R.VicePrincipal, R.PartySecretary];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/chi-tieu", Readers),
        new("/chi-tieu/{Code}", Readers, _ => Task.FromResult("/chi-tieu/T9")),
        new("/chi-tieu/bao-cao", Readers),
        new("/chi-tieu/bao-cao.docx", Readers, _ => Task.FromResult("/chi-tieu/bao-cao.docx?nam=2026&quy=1")),
        new("/chi-tieu/minh-chung/{id:int}", Readers, _ => Task.FromResult("/chi-tieu/minh-chung/999999")),
        new("/ke-hoach", Readers),
        new("/ke-hoach/muc/{Id:int}", Editors, _ => Task.FromResult("/ke-hoach/muc/999999")),
        new("/ke-hoach/phan-cong", Editors),
        new("/phuong/chi-tieu", [R.WardOfficer]),
        new("/phuong/bao-cao-ke-hoach/{id:int}.pdf", [R.WardOfficer], _ => Task.FromResult("/phuong/bao-cao-ke-hoach/999999.pdf")),
    ];
}
