using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a throwaway database seeded with two demo schools. Requests carrying
/// <see cref="TestAuthHandler.Header"/> are signed in by header; all others go through the real cookie.
/// </summary>
public class SproutAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private const string Selector = "TestOrCookie";

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>This host's data-protection keys, as <c>DataProtection:KeysFolder</c> keeps them beside a real database.</summary>
    public string KeysFolder { get; } = Path.Combine(Path.GetTempPath(), $"sprout-keys-{Guid.NewGuid():N}");

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Start();
    }

    /// <summary>Builds the host now, so migrations and the demo seed run here, not inside the first test.</summary>
    protected virtual void Start() => _ = Services;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(KeysFolder))
        {
            Directory.Delete(KeysFolder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The build's static web assets (css, js), as `dotnet run` serves them in Development: without this the
        // "Testing" host answered them with no content type, Chromium refused them, and browser tests saw unstyled pages.
        builder.UseStaticWebAssets();
        // As strict as Development (`dotnet run`): a singleton that needs a scoped service fails here, not on a user's machine.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Database:StrictQueries"] = "true",
            ["DataProtection:KeysFolder"] = KeysFolder,
            ["Demo:SeedOnStart"] = "true",
            ["Demo:Schools"] = "2",
            ["Security:SignInAttemptsPerAddress"] = "100000",
            ["Security:VerifyPermitsPerMinute"] = "100000",
            ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (HostLogFile.PathFromEnvironment is { } log)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new HostLogFile(log, $"{GetType().Name}#{GetHashCode():x}")));
        }
        builder.ConfigureServices(services =>
        {
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { })
                .AddPolicyScheme(Selector, Selector, o => o.ForwardDefaultSelector = http =>
                    http.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultAuthenticateScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            });
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<SproutDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        await using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        return await work(db);
    }

    public Task<int> DemoSchoolIdAsync() => WithDbAsync(db => db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<SproutAppFactory>
{
    public const string Name = "app";
}
