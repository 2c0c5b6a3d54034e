using Microsoft.Playwright;

namespace Sprout.Web.Tests.Browser;

/// <summary>Waits for a page's document and, when it does not come, says what the page was doing.</summary>
public static class PageState
{
    /// <summary>
    /// Waits for the current document's DOMContentLoaded. A timeout is rethrown with the page's address, its
    /// readyState, whether a service worker controls it and the resources still loading, so that a stall in CI, where
    /// only the test output is kept, tells a stuck browser from a slow server.
    /// </summary>
    public static async Task DocumentLoadedAsync(IPage page, string step)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{step}: the page did not finish loading. {await DescribeAsync(page)}", e);
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
