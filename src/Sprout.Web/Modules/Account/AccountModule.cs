using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Account;

public sealed class AccountModule : SproutModule
{
    /// <summary>Issue reset codes and unlock the accounts of one's own school.</summary>
    public static AccessRight Manage { get; } = new("accounts-manage", [Roles.Admin, Roles.Principal]);

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<SignInLookup>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PasswordService>();
        services.AddSingleton<PasswordResetMail>();
        services.AddHostedService(sp => sp.GetRequiredService<PasswordResetMail>());
    }

    public override IEnumerable<AccessRight> Rights => [Manage];

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Accounts", "/quan-tri/tai-khoan", Manage, 92),
        new("Nav.Security", "/tai-khoan/xac-thuc-hai-buoc", AccessRights.SignedIn, 95),
        new("Nav.ChangePassword", "/tai-khoan/doi-mat-khau", AccessRights.SignedIn, 96),
    ];

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
