using Microsoft.Playwright;
using Sprout.Web.Platform.Demo;

namespace Sprout.Web.Tests.Browser;

/// <summary>The per-role home, the target dashboard and the menu on a 360-pixel phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class TodayHomeBrowserTests(BrowserFixture browser)
{
    private async Task<IPage> SignedInAsync(string login, int width)
    {
        var page = await browser.NewPageAsync(width, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(login, DemoAccounts.Password);
        return page;
    }

    public static TheoryData<string, string> Pages => new()
    {
        { "giaovien@mnviethung.edu.vn", "/" },
        { DemoAccounts.ParentPhone, "/" },
        { "capduong@mnviethung.edu.vn", "/" },
        { "yte@mnviethung.edu.vn", "/" },
        { "hieutruong@mnviethung.edu.vn", "/" },
        { "hieutruong@mnviethung.edu.vn", "/chi-tieu" },
        { "vanthu@mnviethung.edu.vn", "/" },
        { "quantri@mnviethung.edu.vn", "/" },
        { "quantri@mnviethung.edu.vn", "/quan-tri/logo" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task On_a_360_pixel_phone_the_page_has_no_sideways_scroll_and_no_axe_violation(string login, string path)
    {
        var page = await SignedInAsync(login, 360);
        await page.GotoAsync(browser.BaseUrl + path);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var culprits = width <= 360 ? "" : await page.EvaluateAsync<string>(
            "() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const out = []; let n; while ((n = w.nextNode()) && out.length < 4) { const r = document.createRange(); r.selectNodeContents(n); if (r.getBoundingClientRect().right > 361) out.push(n.parentElement.tagName.toLowerCase() + ': ' + n.textContent.trim().slice(0, 60)); } return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).slice(0, 4).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')).concat(out).join(', '); }");
        Assert.True(width <= 360, $"{path} as {login} is {width}px wide on a 360px phone ({culprits})");
        await Axe.AssertNoViolationsAsync(page, $"{path} as {login} (360 px)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_menu_is_folded_on_a_phone_and_opens_without_script_and_is_open_on_a_desktop()
    {
        var phone = await SignedInAsync("hieutruong@mnviethung.edu.vn", 360);
        var nav = phone.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu kế hoạch" })).ToBeHiddenAsync();
        await nav.GetByText("Danh mục").ClickAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu kế hoạch" })).ToBeVisibleAsync();
        // Every menu entry is a touch target of at least 44 px.
        var heights = await nav.GetByRole(AriaRole.Link).EvaluateAllAsync<double[]>("links => links.map(l => l.getBoundingClientRect().height)");
        Assert.All(heights, h => Assert.True(h >= 44, $"a menu entry is {h}px high"));
        await phone.Context.CloseAsync();

        var desktop = await SignedInAsync("hieutruong@mnviethung.edu.vn", 1280);
        var menu = desktop.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu kế hoạch" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByText("Quản lý", new() { Exact = true })).ToBeVisibleAsync();
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task Printing_the_dashboard_leaves_out_the_header_menu_and_buttons()
    {
        var page = await SignedInAsync("hieutruong@mnviethung.edu.vn", 1280);
        await page.GotoAsync(browser.BaseUrl + "/chi-tieu");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.topbar')).display"));
        Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.nav')).display"));
        Assert.True(await page.Locator("li.target").First.IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
