using System.Security.Claims;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Identity;

internal static class SchoolScopeFactory
{
    public static SchoolScope FromUser(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return SchoolScope.Nobody;
        }
        var wardOfficer = user.IsInRole(Roles.WardOfficer);
        return new SchoolScope
        {
            SchoolId = user.SchoolId(),
            WardId = user.WardId(),
            FilterBySchool = true,
            ReadOnly = wardOfficer && user.SchoolId() is null,
            UserId = user.UserId(),
            UserName = user.Identity.Name ?? string.Empty,
        };
    }
}
