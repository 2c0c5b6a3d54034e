using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Identity;

/// <summary>Puts the user's school, ward and two-factor obligation into the sign-in cookie.</summary>
internal sealed class SproutClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options, SproutDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SproutClaims.FullName, user.FullName));
        if (user.SchoolId is { } schoolId)
        {
            identity.AddClaim(new Claim(SproutClaims.School, schoolId.ToString(CultureInfo.InvariantCulture)));
            var requires = await db.Schools.IgnoreQueryFilters().Where(s => s.Id == schoolId)
                .Select(s => s.RequireTwoFactorForSensitiveRoles).FirstOrDefaultAsync();
            if (requires && Roles.Sensitive.Any(r => identity.HasClaim(identity.RoleClaimType, r)))
            {
                identity.AddClaim(new Claim(SproutClaims.TwoFactorRequired, "1"));
            }
        }
        if (user.WardId is { } wardId)
        {
            identity.AddClaim(new Claim(SproutClaims.Ward, wardId.ToString(CultureInfo.InvariantCulture)));
        }
        if (user.GuardianId is { } guardianId)
        {
            identity.AddClaim(new Claim(SproutClaims.Guardian, guardianId.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
