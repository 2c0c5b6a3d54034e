using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;

namespace Sprout.Benchmarks;

/// <summary>Sprout's data services over one database, with the seeder and migrator, as the benchmarks use them.</summary>
internal static class BenchServices
{
    public static ServiceProvider Sqlite(string file) => Build("Sqlite", $"Data Source={file}");

    public static ServiceProvider Build(string provider, string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSproutData(configuration);
        services.AddScoped<DemoSeeder>().AddScoped<DatabaseInitializer>();
        return services.BuildServiceProvider();
    }
}
