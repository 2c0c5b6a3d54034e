using Microsoft.Playwright;

namespace Sprout.Web.Tests.Browser;

/// <summary>The worker that lets parents install Sprout on a phone: it must install, and stand in only when there is no network.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ServiceWorkerTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_worker_installs_then_answers_with_the_offline_page_without_network_and_steps_aside_when_it_returns()
    {
        var page = await browser.NewPageAsync(360, 740, serviceWorker: true);
        await page.GotoAsync(browser.BaseUrl + "/dang-nhap");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        Assert.True(await page.EvaluateAsync<bool>("async () => (await caches.open('sprout-v3')).match('/offline.html').then(r => !!r)"));

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync(browser.BaseUrl + "/con-toi");
        Assert.Equal("Bạn đang ngoại tuyến", await page.Locator("h1").InnerTextAsync());

        await page.Context.SetOfflineAsync(false);
        var response = await page.GotoAsync(browser.BaseUrl + "/dang-nhap");
        Assert.Equal(200, response!.Status);
        Assert.Equal("Đăng nhập", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
