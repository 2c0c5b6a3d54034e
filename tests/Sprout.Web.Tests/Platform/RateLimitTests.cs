using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

public sealed class StrictSignInLimitFactory : SproutAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:SignInAttemptsPerAddress"] = "3",
        ["Hosting:PublicBaseUrl"] = "https://mamnon.example.vn",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
    }
}

public class RateLimitTests(StrictSignInLimitFactory app) : IClassFixture<StrictSignInLimitFactory>
{
    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_with_a_Vietnamese_message_but_page_loads_are_not()
    {
        var client = PeerAddress.From(app.CreateBrowserLikeClient(), "198.51.100.20");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        }
        // A different login each time: the per-account throttle is not what this test is about.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await FormPoster.SignInAsync(client, $"khong-co-{i}@example.vn", "sai")).StatusCode);
        }
        var limited = await FormPoster.SignInAsync(client, "khong-co-3@example.vn", "sai");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Quá nhiều lần thử", WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_forged_X_Forwarded_For_from_a_client_does_not_change_the_address_the_limit_counts()
    {
        var attacker = PeerAddress.From(app.CreateBrowserLikeClient(), "198.51.100.30");
        for (var i = 0; i < 3; i++)
        {
            var token = await FormPoster.AntiforgeryTokenAsync(attacker, "/dang-nhap");
            using var request = Forged(token, $"10.0.0.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await attacker.SendAsync(request)).StatusCode);
        }
        var lastToken = await FormPoster.AntiforgeryTokenAsync(attacker, "/dang-nhap");
        using var fourth = Forged(lastToken, "10.0.0.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await attacker.SendAsync(fourth)).StatusCode);

        // The same header from the local reverse proxy is believed: each client behind it has its own count.
        var proxy = PeerAddress.From(app.CreateBrowserLikeClient(), "127.0.0.1");
        for (var i = 0; i < 5; i++)
        {
            var token = await FormPoster.AntiforgeryTokenAsync(proxy, "/dang-nhap");
            using var request = Forged(token, $"10.1.0.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await proxy.SendAsync(request)).StatusCode);
        }
    }

    private static HttpRequestMessage Forged(string token, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Login"] = $"gia-mao-{forwardedFor}@example.vn", ["Input.Password"] = "sai",
            }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    [Fact]
    public async Task A_forged_X_Forwarded_Host_does_not_reach_the_publicly_cached_sitemap()
    {
        var client = PeerAddress.From(app.CreateBrowserLikeClient(), "127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.Add("X-Forwarded-Host", "ke-gian.example");
        request.Headers.Host = "ke-gian-2.example";
        var response = await client.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Contains("<loc>https://mamnon.example.vn/cong-khai", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("ke-gian", xml, StringComparison.Ordinal);
        using var robots = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        robots.Headers.Add("X-Forwarded-Host", "ke-gian.example");
        Assert.Contains("Sitemap: https://mamnon.example.vn/sitemap.xml", await (await client.SendAsync(robots)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_when_the_proxy_says_https()
    {
        var client = PeerAddress.From(app.CreateBrowserLikeClient(), "127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dang-nhap");
        request.Headers.Host = "mamnon.example.vn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/dang-nhap");
        plain.Headers.Host = "mamnon.example.vn";
        Assert.False((await client.SendAsync(plain)).Headers.Contains("Strict-Transport-Security"));
    }
}
