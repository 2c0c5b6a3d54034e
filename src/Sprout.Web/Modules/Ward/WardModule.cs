using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Ward;

public sealed class WardModule : SproutModule
{
    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Ward", "/phuong", AccessRights.WardView, 5),
        new("Nav.WardCellReports", "/phuong/bao-cao-chi-bo", AccessRights.WardView, 6),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/phuong/bao-cao-chi-bo/{id:int}.pdf", async (int id, System.Security.Claims.ClaimsPrincipal user, SproutDbContext db, CancellationToken ct) =>
            {
                var pdf = await WardReports.Sent(db, user.WardId()).Where(x => x.Report.Id == id).Select(x => x.Document.SignedPdf).FirstOrDefaultAsync(ct);
                return pdf is null ? Results.NotFound() : Results.File(pdf, "application/pdf", $"bao-cao-chi-bo-{id}.pdf");
            })
            .RequireAuthorization(AccessRights.WardView.Policy);
}
