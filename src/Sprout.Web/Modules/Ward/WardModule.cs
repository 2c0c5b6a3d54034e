using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Ward;

public sealed class WardModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<WardTargetsService>();

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Ward", "/phuong", AccessRights.WardView, 5),
        new("Nav.WardCellReports", "/phuong/bao-cao-chi-bo", AccessRights.WardView, 6),
        new("Nav.WardTargets", "/phuong/chi-tieu", AccessRights.WardView, 7),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/phuong/bao-cao-chi-bo/{id:int}.pdf", async (int id, System.Security.Claims.ClaimsPrincipal user, SproutDbContext db, CancellationToken ct) =>
            {
                var pdf = await WardReports.Sent(db, user.WardId()).Where(x => x.Report.Id == id).Select(x => x.Document.SignedPdf).FirstOrDefaultAsync(ct);
                return pdf is null ? Results.NotFound() : Results.File(pdf, "application/pdf", $"bao-cao-chi-bo-{id}.pdf");
            })
            .RequireAuthorization(AccessRights.WardView.Policy);

        endpoints.MapGet("/phuong/bao-cao-ke-hoach/{id:int}.pdf", async (int id, System.Security.Claims.ClaimsPrincipal user, SproutDbContext db, CancellationToken ct) =>
            {
                var pdf = await WardPlanReports.Issued(db, user.WardId()).Where(r => r.Id == id)
                    .Join(db.Set<Documents.OutgoingDocument>().IgnoreQueryFilters(), r => r.OutgoingDocumentId, d => d.Id, (r, d) => d.SignedPdf)
                    .FirstOrDefaultAsync(ct);
                return pdf is null ? Results.NotFound() : Results.File(pdf, "application/pdf", $"bao-cao-chi-tieu-{id}.pdf");
            })
            .RequireAuthorization(AccessRights.WardView.Policy);
    }
}
