using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Sprout.Web.Tests.Browser;

/// <summary>
/// axe-core (the copy Deque's package bundles) run once in the page. Deque's own <c>RunAxe</c> finishes every run in a
/// fresh blank page, which supports iframes Sprout's pages do not have and took about 2 s a page on two shared cores
/// (a 16-element page included); this takes what axe itself takes, 50–700 ms.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`);
        }
        """;

    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }
        var problems = await page.EvaluateAsync<JsonElement>(Run);
        var list = problems.EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join(Environment.NewLine, list)}");
    }
}
