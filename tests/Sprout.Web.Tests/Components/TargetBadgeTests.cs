using System.Net;
using System.Text.RegularExpressions;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Components;

[Collection(AppCollection.Name)]
public class TargetBadgeTests(SproutAppFactory app)
{
    /// <summary>
    /// The dashboard once ran the status into its explanation ("có nguy cơ13/16", "đạtNăm 2025") with an unstyled
    /// span: the status is now a badge with tone and icon, and the explanation a separate element after it.
    /// </summary>
    [Fact]
    public async Task The_dashboard_writes_each_status_as_a_toned_badge_apart_from_its_explanation()
    {
        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var html = Regex.Replace(WebUtility.HtmlDecode(await principal.GetStringAsync("/chi-tieu")), ">\\s+<", "><");

        var statuses = Regex.Matches(html, "<p class=\"status\"><span class=\"badge badge-(\\w+)\"><svg class=\"icon \" aria-hidden=\"true\" focusable=\"false\"><use href=\"/icons/sprite.svg#i-[\\w-]+\"></use></svg>([^<]+)</span>");
        Assert.Equal(17, statuses.Count);
        Assert.All(statuses, m => Assert.Contains((m.Groups[1].Value, m.Groups[2].Value),
            new[] { ("success", "đạt"), ("warning", "chưa đạt"), ("danger", "có nguy cơ"), ("neutral", "chưa có số liệu") }));
        Assert.Contains("<span class=\"muted detail\">", html, StringComparison.Ordinal);
        Assert.Contains("Nhập tay</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"badge\">", html, StringComparison.Ordinal);
    }
}
