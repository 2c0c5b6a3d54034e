using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Modules.ContactBook;

public sealed class ContactBookAccessMatrixRows : IAccessMatrixRows
{
    private static readonly string[] Readers = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk, R.Parent];

    public IEnumerable<AccessMatrixRow> Rows =>
    [
        // Also the route of its POSTs (one card "card-{childId}", the whole class "class-meals", and the same with the
        // X-Sprout-Card header from contact-book.js): the page's policy refuses them before any handler runs
        // (ContactBookCardTests.A_card_or_the_class_form_for_another_class_is_refused_with_nothing_written).
        new("/lop/{Id:int}/so-lien-lac", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher], async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/so-lien-lac"),
        new("/con-toi/{Id:int}/so-lien-lac", [R.Parent], async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/so-lien-lac"),
        new("/tre/{Id:int}/tin-nhan", Readers, async app => $"/tre/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/tin-nhan"),
        new("/con-toi/{Id:int}/tin-nhan", Readers, async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/tin-nhan"),
        new("/anh/{id:int}.jpg", Readers, _ => Task.FromResult("/anh/999999.jpg")),
        // The class album: the teacher's page (also the route of its POSTs "upload", "delete-{id}", "restore-{id}"),
        // the family's page by child, and each photo (whose class ChildAccess checks: ClassAlbumTests).
        new("/lop/{Id:int}/album-anh", [R.Admin, R.Principal, R.VicePrincipal, R.Teacher], async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/album-anh"),
        new("/con-toi/{Id:int}/album-anh", [R.Parent], async app => $"/con-toi/{await ChildrenAccessMatrixRows.ChildInLonA1(app)}/album-anh"),
        new("/album/{id:int}.jpg", Readers, _ => Task.FromResult("/album/999999.jpg")),
    ];

    public IEnumerable<AccessMatrixPost> Posts =>
    [
        new([R.Admin, R.Principal, R.VicePrincipal, R.Teacher], async app => $"/lop/{await ChildrenAccessMatrixRows.LonA1(app)}/album-anh"),
    ];
}
