using System.Security.Claims;
using Sprout.Domain.Media;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.ContactBook;

public sealed class ContactBookModule : SproutModule
{
    public static AccessRight Write { get; } = new("contact-book-write", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher]);

    /// <summary>Staff and parents; which child's book a person may open is decided per child by the service.</summary>
    public static AccessRight Read { get; } = new("contact-book-read", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher, Roles.Nurse, Roles.Clerk, Roles.Parent]);

    public override void AddServices(IServiceCollection services) => services.AddScoped<ContactBookService>().AddScoped<ClassNoticeService>().AddScoped<ClassAlbumService>();

    public override IEnumerable<AccessRight> Rights => [Write, Read];

    public override IEnumerable<MenuItem> Menu => [new("Nav.Notifications", "/thong-bao", AccessRights.SignedIn, 94)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The class album: only the sizes stored on upload, so a request never makes the server encode.
        endpoints.MapGet("/album/{id:int}.jpg", async (int id, int? w, ClaimsPrincipal user, ClassAlbumService album, HttpContext http, CancellationToken ct) =>
            {
                var jpeg = await album.PhotoAsync(id, w, user, ct);
                if (jpeg is null)
                {
                    return Results.NotFound();
                }
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return Results.File(jpeg, "image/jpeg");
            })
            .RequireAuthorization(Read.Policy);
        endpoints.MapGet("/anh/{id:int}.jpg", async (int id, int? w, ClaimsPrincipal user, ContactBookService book, HttpContext http, CancellationToken ct) =>
            {
                var jpeg = await book.PhotoAsync(id, user, ct);
                if (jpeg is null)
                {
                    return Results.NotFound();
                }
                // A thumbnail is re-encoded from the stored (already sanitised) photo: a page of 30 cards on a phone
                // loads a few kB per photo instead of the stored size.
                if (w is not null)
                {
                    jpeg = PhotoSanitizer.Thumbnail(jpeg, w.Value);
                }
                // Children's photos: never in a shared cache.
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return Results.File(jpeg, "image/jpeg");
            })
            .RequireAuthorization(Read.Policy);
    }
}
