using System.Net;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class HostTests(SproutAppFactory app)
{
    [Fact]
    public async Task Healthz_reports_the_database_in_Vietnamese()
    {
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cơ sở dữ liệu hoạt động bình thường.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_gets_a_friendly_Vietnamese_404()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/lop");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_strict_security_headers()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/dang-nhap");
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_scheme_from_a_reverse_proxy_is_honoured_but_not_a_forwarded_host()
    {
        // nginx passes the public name as Host; X-Forwarded-Host is a client's choice and is ignored.
        var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lop");
        request.Headers.Host = "mamnon.example.vn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "ke-gian.example");
        var response = await client.SendAsync(request);
        Assert.Equal("https://mamnon.example.vn/dang-nhap?ReturnUrl=%2Flop", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Parents_pages_are_an_installable_web_app_with_an_offline_page()
    {
        var client = app.CreateBrowserLikeClient();
        var login = await client.GetStringAsync("/dang-nhap");
        Assert.Contains("rel=\"manifest\" href=\"manifest.webmanifest\"", login, StringComparison.Ordinal);
        using var manifest = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/manifest.webmanifest"));
        Assert.Equal("vi", manifest.RootElement.GetProperty("lang").GetString());
        Assert.Equal("standalone", manifest.RootElement.GetProperty("display").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            var bytes = await client.GetByteArrayAsync(icon.GetProperty("src").GetString());
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }
        Assert.Contains("offline.html", await client.GetStringAsync("/sw.js"), StringComparison.Ordinal);
        Assert.Contains("Bạn đang ngoại tuyến", await client.GetStringAsync("/offline.html"), StringComparison.Ordinal);
    }
}
