namespace Sprout.Web.Platform.Authorization;

public static class AuthorizationSetup
{
    public static IServiceCollection AddSproutAuthorization(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var permission in Permissions.All)
        {
            builder.AddPolicy(permission.Policy, p => p.RequireAuthenticatedUser().RequireRole(permission.Roles));
        }
        return services;
    }
}
