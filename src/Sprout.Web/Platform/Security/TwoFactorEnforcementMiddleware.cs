using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Security;

/// <summary>
/// Where the school requires a second factor, a sensitive role signed in with a password alone
/// can only reach the set-up page (and sign out) until TOTP is configured.
/// </summary>
internal sealed class TwoFactorEnforcementMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/tai-khoan/xac-thuc-hai-buoc";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.HasClaim(SproutClaims.TwoFactorRequired, "1")
            && !user.SignedInWithSecondFactor()
            && !IsAllowed(context.Request.Path))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }
        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(SetupPath) || path.StartsWithSegments("/dang-xuat") || path.StartsWithSegments("/loi")
        || path.StartsWithSegments("/healthz") || StaticFiles.Any(f => path.StartsWithSegments(f));

    private static readonly string[] StaticFiles = ["/css", "/js", "/icons", "/favicon.svg", "/manifest.webmanifest", "/sw.js", "/offline.html"];
}
