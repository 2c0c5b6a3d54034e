using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Documents;

public sealed class DocumentsAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Admin, R.Principal, R.VicePrincipal, R.Clerk, R.PartySecretary, R.PartyCommittee, R.PartyMember];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/van-ban", Readers),
        new("/van-ban/den", Readers),
        new("/van-ban/den/{id:int}.pdf", Readers, _ => Task.FromResult("/van-ban/den/999999.pdf")),
        new("/van-ban/so-di.xlsx", Readers),
        new("/van-ban/so-den.xlsx", Readers),
        new("/van-ban/moi", [R.Principal, R.VicePrincipal, R.Clerk, R.PartySecretary, R.PartyCommittee]),
        new("/van-ban/{Id:int}", Readers, _ => Task.FromResult("/van-ban/999999")),
        new("/van-ban/{id:int}.pdf", Readers, _ => Task.FromResult("/van-ban/999999.pdf")),
        new("/xac-minh-chu-ky", [AccessMatrixRow.Anonymous]),
        new("/xac-minh-chu-ky/goc/{schoolId:int}.cer", [AccessMatrixRow.Anonymous], _ => Task.FromResult("/xac-minh-chu-ky/goc/999999.cer")),
        new("/van-ban/chung-thu", [R.Principal, R.VicePrincipal, R.Clerk, R.PartySecretary, R.PartyCommittee]),
        new("/van-ban/thoi-han-bao-quan", [R.Principal, R.VicePrincipal, R.Clerk, R.PartySecretary, R.PartyCommittee]),
    ];
}
