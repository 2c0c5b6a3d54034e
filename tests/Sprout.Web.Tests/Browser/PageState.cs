using Microsoft.Playwright;

namespace Sprout.Web.Tests.Browser;

/// <summary>Waits for a page's next document and, when it does not come, says what the page was doing.</summary>
public static class PageState
{
    /// <summary>
    /// Clicks <paramref name="target"/> and waits until a new document has replaced the page and has been parsed.
    /// It asks the page itself rather than Playwright's DOMContentLoaded event: in CI that wait once ran out after 90 s
    /// while the new page stood complete (readyState complete, its heading shown, nothing loading), its event missed.
    /// The old document is marked before the click, so it cannot be taken for the new one.
    /// </summary>
    public static async Task ClickForNewDocumentAsync(IPage page, ILocator target, string step)
    {
        await page.EvaluateAsync("() => { window.sproutBeforeClick = true; }");
        await target.ClickAsync();
        try
        {
            await page.WaitForFunctionAsync("() => !window.sproutBeforeClick && document.readyState !== 'loading'", null, new() { PollingInterval = 100 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{step}: no new page came. {await DescribeAsync(page)}", e);
        }
    }

    public static async Task<string> DescribeAsync(IPage page)
    {
        const string Script = """
            () => {
              const pending = performance.getEntriesByType('resource').filter(r => r.responseEnd === 0).map(r => r.name);
              const controlled = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
              return `readyState=${document.readyState}; serviceWorker=${controlled}; pending=[${pending.join(', ')}]; h1=${document.querySelector('h1')?.textContent ?? '-'}`;
            }
            """;
        try
        {
            var state = await page.EvaluateAsync<string>(Script).WaitAsync(TimeSpan.FromSeconds(10));
            return $"url={page.Url}; {state}";
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"url={page.Url}; the page did not answer ({e.GetType().Name}: {e.Message.Split('\n')[0]})";
        }
    }
}
