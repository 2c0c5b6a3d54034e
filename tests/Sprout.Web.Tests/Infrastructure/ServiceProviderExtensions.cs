using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Tests.Infrastructure;

public static class ServiceProviderExtensions
{
    public static AsyncServiceScope CreateAsyncScopeAndFactory(this IServiceProvider services, out SproutDbContextFactory factory)
    {
        var scope = services.CreateAsyncScope();
        factory = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>();
        return scope;
    }
}
