namespace Sprout.Web.Platform.Authorization;

public static class AuthorizationSetup
{
    public static IServiceCollection AddSproutAuthorization(this IServiceCollection services, IEnumerable<AccessRight> moduleRights)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var right in AccessRights.All.Concat(moduleRights).DistinctBy(r => r.Name))
        {
            builder.AddPolicy(right.Policy, p => p.RequireAuthenticatedUser().RequireRole(right.Roles));
        }
        return services;
    }
}
