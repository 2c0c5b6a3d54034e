using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sprout.Web.Modules.Account;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Account;

/// <summary>
/// The app with its shipped sign-in limits, a public address, e-mail on (into <see cref="Sink"/>), peers chosen by
/// <see cref="PeerAddress"/>, and the sign-in throttle on a clock the tests move.
/// </summary>
public sealed class AccountsAppFactory : SproutAppFactory
{
    public const string PublicBaseUrl = "https://mamnon.example.vn";

    public FakeTimeProvider ThrottleClock { get; } = new(DateTimeOffset.UtcNow);

    public SmtpSink Sink { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // The shipped 600 attempts, counted over 30 minutes instead of 5: stricter, so what passes here passes with
        // the defaults, however slowly a loaded test machine signs its 300 parents in.
        ["Security:SignInAttemptsPerAddress"] = "600",
        ["Security:SignInAddressWindowMinutes"] = "30",
        ["Hosting:PublicBaseUrl"] = PublicBaseUrl,
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = Sink.Port.ToString(CultureInfo.InvariantCulture),
        ["Notifications:Smtp:EnableSsl"] = "false",
        ["Notifications:PollSeconds"] = "1",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerAddress>();
            services.RemoveAll<SignInThrottle>();
            services.AddSingleton(sp => new SignInThrottle(sp.GetRequiredService<IOptions<SignInThrottleOptions>>(), ThrottleClock));
        });
    }
}

[CollectionDefinition(Name)]
public sealed class AccountsCollection : ICollectionFixture<AccountsAppFactory>
{
    public const string Name = "accounts";
}
