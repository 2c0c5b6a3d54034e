using System.Net;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

public sealed class StrictSignInLimitFactory : SproutAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SignInPermitsPerMinute"] = "3" };
}

public class RateLimitTests(StrictSignInLimitFactory app) : IClassFixture<StrictSignInLimitFactory>
{
    [Fact]
    public async Task Sign_in_page_is_rate_limited_per_address_with_a_Vietnamese_message()
    {
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        }
        var limited = await client.GetAsync("/dang-nhap");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Quá nhiều lần thử", WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // Other pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
