using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Identity;

/// <summary>
/// Checks the sign-in cookie against the account on every request, in one indexed read: a cookie whose security
/// stamp no longer matches (signed out, password changed or reset, roles changed) is refused at once, and the
/// school's current two-factor obligation replaces the one written into the cookie at sign-in.
/// </summary>
/// <remarks>
/// Identity's own <see cref="SecurityStampValidator"/> with a zero interval would do the stamp part too, but it
/// rebuilds the whole principal (user, roles, claims, school: five queries) and re-issues the cookie on every
/// request. This reads two values and leaves the cookie alone.
/// </remarks>
public sealed class SessionValidator(SproutDbContextFactory contexts, IOptions<IdentityOptions> identity)
{
    public static Task ValidateAsync(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateCoreAsync(context);

    private async Task ValidateCoreAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.UserId();
        var stamp = principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        SessionState? state;
        try
        {
            state = userId is { } id && stamp is not null ? await ReadAsync(id, context.HttpContext.RequestAborted) : null;
        }
        catch (Exception ex) when (Errors.DatabaseFailures.IsUnavailable(ex))
        {
            // With the database gone nothing can be read anyway: the page answers 503 (and its error page must render
            // too), and nobody is signed out by an outage.
            return;
        }
        if (state is null || !string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // The obligation follows the school's setting now, not the one at sign-in: a role that becomes
        // two-factor-required is sent to set-up (or the code) by TwoFactorEnforcementMiddleware on its next request.
        var identityOfCookie = (ClaimsIdentity)principal!.Identity!;
        var requiredNow = state.SchoolRequiresTwoFactor && Roles.Sensitive.Any(r => identityOfCookie.HasClaim(identityOfCookie.RoleClaimType, r));
        foreach (var claim in identityOfCookie.FindAll(SproutClaims.TwoFactorRequired).ToList())
        {
            identityOfCookie.TryRemoveClaim(claim);
        }
        if (requiredNow)
        {
            identityOfCookie.AddClaim(new Claim(SproutClaims.TwoFactorRequired, "1"));
        }
    }

    private sealed record SessionState(string? SecurityStamp, bool SchoolRequiresTwoFactor);

    // Compiled once: this read runs before every signed-in request, a page served by the page cache included, so
    // the expression tree is not built and looked up in EF's query cache each time.
    private static readonly Func<SproutDbContext, int, IAsyncEnumerable<SessionState>> Read =
        EF.CompileAsyncQuery((SproutDbContext db, int userId) => db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new SessionState(u.SecurityStamp,
                db.Schools.IgnoreQueryFilters().Any(s => s.Id == u.SchoolId && s.RequireTwoFactorForSensitiveRoles))));

    private async Task<SessionState?> ReadAsync(int userId, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        SessionState? found = null;
        var rows = 0;
        await foreach (var row in Read(db, userId).WithCancellation(ct))
        {
            found = row;
            rows++;
        }
        return rows == 1 ? found : null;
    }
}
