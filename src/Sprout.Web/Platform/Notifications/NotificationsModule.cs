using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Platform.Notifications;

/// <summary>A person's notifications: the in-app list, preferences and the installed app's push subscription.</summary>
public sealed class NotificationsModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<NotificationPreferences>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The browser needs the server's public key to subscribe (applicationServerKey).
        endpoints.MapGet("/thong-bao/khoa-day", (VapidKeys keys) => Results.Json(new { publicKey = keys.Get().PublicKey }))
            .RequireAuthorization(PolicyNames.SignedIn);
        endpoints.MapPost("/thong-bao/dang-ky-day", async (PushSubscriptionInput input, ClaimsPrincipal user, NotificationPreferences preferences, CancellationToken ct) =>
            {
                try
                {
                    await preferences.SubscribeAsync(user, input, ct);
                    return Results.NoContent();
                }
                catch (NotificationRuleException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
                }
            })
            .RequireAuthorization(PolicyNames.SignedIn)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        endpoints.MapPost("/thong-bao/huy-day", async (PushSubscriptionInput input, ClaimsPrincipal user, NotificationPreferences preferences, CancellationToken ct) =>
            {
                await preferences.UnsubscribeAsync(user, input.Endpoint, ct);
                return Results.NoContent();
            })
            .RequireAuthorization(PolicyNames.SignedIn)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
