using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.Cell;

public sealed class CellAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Members = [R.PartySecretary, R.PartyCommittee, R.PartyMember];

    private static readonly string[] Ward = [R.WardOfficer];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        new("/chi-bo/dang-vien/{Id:int}", Members, _ => Task.FromResult("/chi-bo/dang-vien/999999")),
        new("/chi-bo/sinh-hoat", Members),
        new("/chi-bo/sinh-hoat/{Id:int}", Members, _ => Task.FromResult("/chi-bo/sinh-hoat/999999")),
        new("/chi-bo/hoc-tap", Members),
        new("/chi-bo/hoc-tap/{Id:int}", Members, _ => Task.FromResult("/chi-bo/hoc-tap/999999")),
        new("/chi-bo/cam-ket", Members),
        new("/chi-bo/danh-gia", Members),
        new("/chi-bo/ket-nap", Members),
        new("/chi-bo/ket-nap/{Id:int}", Members, _ => Task.FromResult("/chi-bo/ket-nap/999999")),
        new("/chi-bo/kiem-tra", Members),
        new("/chi-bo/bao-cao", Members),
        new("/phuong/bao-cao-chi-bo", Ward),
        new("/phuong/bao-cao-chi-bo/{id:int}.pdf", Ward, _ => Task.FromResult("/phuong/bao-cao-chi-bo/999999.pdf")),
    ];
}
