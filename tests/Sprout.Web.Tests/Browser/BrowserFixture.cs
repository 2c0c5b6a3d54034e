using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Browser;

/// <summary>The real app on a real socket, and Debian's Chromium driven by Playwright (never a downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public KestrelAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is required at {ChromiumPath}: apt-get install -y chromium (test.sh does this).");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    /// <param name="serviceWorker">
    /// Off unless a test is about the service worker: pages are what these tests check, and their requests should go
    /// straight to the server, not through a worker Playwright must attach to; <see cref="ServiceWorkerTests"/> checks it.
    /// </param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool serviceWorker = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            ServiceWorkers = serviceWorker ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
        });
        // The browser suite shares two cores with the other collections (PDF signing, OCR): Playwright's default 30 s
        // was once exceeded by a sign-in under that load. A page that really hangs still fails, after 90 s.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }
}

/// <summary>The app listening on a free loopback port, as a browser needs.</summary>
public sealed class KestrelAppFactory : SproutAppFactory
{
    protected override void Start()
    {
        UseKestrel(0);
        StartServer();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
