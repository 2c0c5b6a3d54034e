using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Portal;

/// <summary>The school's public portal: pages without sign-in, bounded by the school named in the URL.</summary>
public sealed class PortalModule : SproutModule
{
    public const string CacheControl = "public, max-age=300";

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (PublicAddress address) => Results.Text(PortalSitemap.Robots(address.Origin), "text/plain; charset=utf-8")).AllowAnonymous();
        endpoints.MapGet("/sitemap.xml", async (HttpContext http, SproutDbContext db, PublicAddress address, CancellationToken ct) =>
            {
                PortalCache.MarkPublic(http);
                // The configured address, never the request's Host: this answer is cached publicly.
                return Results.Text(await PortalSitemap.BuildAsync(db, address.Origin, ct), "application/xml; charset=utf-8");
            })
            .AllowAnonymous();
        endpoints.MapGet("/cong-khai/{SchoolId:int}/van-ban/{Id:int}.pdf", async (int schoolId, int id, HttpContext http, SproutDbContext db, CancellationToken ct) =>
            {
                // Only the signed file of a public, issued document of this school; anything else is simply not there.
                var pdf = await PortalQueries.PublicDocuments(db, schoolId).Where(d => d.Id == id).Select(d => d.SignedPdf).FirstOrDefaultAsync(ct);
                if (pdf is null)
                {
                    return Results.NotFound();
                }
                PortalCache.MarkPublic(http);
                return Results.File(pdf, "application/pdf", $"van-ban-{id}.pdf");
            })
            .AllowAnonymous();
    }
}

public static class PortalCache
{
    /// <summary>Shared caches may keep the page only when no one is signed in: a signed-in page carries the user's name.</summary>
    public static void MarkPublic(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.CacheControl = PortalModule.CacheControl;
        }
    }
}
