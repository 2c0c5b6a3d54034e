using System.Security.Claims;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Branding;

/// <summary>The school's name and logo in the header of every page, and the page where the logo is uploaded.</summary>
public sealed class BrandingModule : SproutModule
{
    /// <summary>The same people who edit the school's settings.</summary>
    public static AccessRight LogoManage { get; } = new("school-logo", [Roles.Admin, Roles.Principal]);

    public const string LogoPolicy = "perm:school-logo";

    public override void AddServices(IServiceCollection services) => services.AddScoped<SchoolBrand>().AddScoped<LogoService>();

    public override IEnumerable<AccessRight> Rights => [LogoManage];

    public override IEnumerable<MenuItem> Menu => [new("Nav.Logo", "/quan-tri/logo", LogoManage, 90)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The signed-in person's own school only: the address names no school, so no other school's logo is reachable.
        endpoints.MapGet("/truong/logo", async (ClaimsPrincipal user, LogoService logos, HttpContext http, CancellationToken ct) =>
            {
                if (user.SchoolId() is not { } schoolId || await logos.JpegAsync(schoolId, ct) is not { } jpeg)
                {
                    return Results.NotFound();
                }
                // The address carries the logo's version (?v=id), so a long private cache is safe.
                http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
                return Results.File(jpeg, "image/jpeg");
            })
            .RequireAuthorization(PolicyNames.SignedIn);

        // The public portal's pages and printed menu show the school's logo to anyone, as its gate does.
        endpoints.MapGet("/cong-khai/{SchoolId:int}/logo", async (int schoolId, LogoService logos, HttpContext http, CancellationToken ct) =>
            {
                if (await logos.PublicJpegAsync(schoolId, ct) is not { } jpeg)
                {
                    return Results.NotFound();
                }
                http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return Results.File(jpeg, "image/jpeg");
            })
            .AllowAnonymous();
    }
}
