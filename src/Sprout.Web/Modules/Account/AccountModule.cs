using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Account;

public sealed class AccountModule : SproutModule
{
    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<SignInLookup>();
        services.AddScoped<PasswordSignIn>();
    }

    public override IEnumerable<MenuItem> Menu => [new("Nav.Security", "/tai-khoan/xac-thuc-hai-buoc", AccessRights.SignedIn, 95)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/dang-xuat", async (HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn) =>
            {
                // A new stamp makes every copy of the cookie worthless at once (SessionValidator checks it on each
                // request), not only the browser's copy that SignOutAsync deletes.
                if (await users.GetUserAsync(http.User) is { } user)
                {
                    await users.UpdateSecurityStampAsync(user);
                }
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/dang-nhap");
            })
            .RequireAuthorization(PolicyNames.SignedIn)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
