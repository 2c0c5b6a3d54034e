using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sprout.Domain.Plan;
using Sprout.Web.Components.Design;

namespace Sprout.Web.Tests.Components;

public class StatusBadgeTests
{
    private static async Task<string> RenderAsync(string text, BadgeTone tone)
    {
        // The components' shared imports inject the UI text localizer, as in the app.
        await using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            System.Net.WebUtility.HtmlDecode((await renderer.RenderComponentAsync<StatusBadge>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Text"] = text, ["Tone"] = tone }))).ToHtmlString()));
    }

    [Theory]
    [InlineData(TargetStatus.Achieved, "đạt", "badge-success", "i-circle-check")]
    [InlineData(TargetStatus.NotAchieved, "chưa đạt", "badge-warning", "i-clock")]
    [InlineData(TargetStatus.AtRisk, "có nguy cơ", "badge-danger", "i-alert-triangle")]
    [InlineData(TargetStatus.NoData, "chưa có số liệu", "badge-neutral", "i-clock")]
    public async Task A_status_is_written_in_words_with_its_colour_and_an_icon_hidden_from_screen_readers(TargetStatus status, string words, string css, string icon)
    {
        var html = await RenderAsync(status.Label(), BadgeTones.Of(status));
        Assert.Equal(words, status.Label());
        Assert.Contains($"<span class=\"badge {css}\">", html, StringComparison.Ordinal);
        Assert.Contains($"#{icon}", html, StringComparison.Ordinal);
        Assert.Contains("aria-hidden=\"true\"", html, StringComparison.Ordinal);
        Assert.EndsWith($"</svg>{words}</span>", html.Trim(), StringComparison.Ordinal);
    }
}
