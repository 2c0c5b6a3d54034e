using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Browser;

/// <summary>The teacher's morning register on a 360-pixel phone, with and without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class AttendancePhoneTests(BrowserFixture browser)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    private Task<(string ClassId, List<int> Children)> LonA1Async() => ChildrenAccessMatrixRows.LonA1WithChildren(browser.App);

    [Fact]
    public async Task Teacher_marks_the_class_present_then_two_absent_in_few_taps_and_the_page_never_moves()
    {
        var (classId, children) = await LonA1Async();
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(Teacher, DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classId}/diem-danh?ngay=2026-11-23");
        await page.Locator("[data-attendance][data-enhanced]").WaitForAsync();
        var seen = new List<string>();
        page.Console += (_, m) => seen.Add($"console {m.Type}: {m.Text}");
        page.Response += (_, r) => { if (r.Request.Method == "POST") { seen.Add($"POST {r.Url} → {r.Status}"); } };
        var rows = page.Locator("li.att-row");
        Assert.Equal(children.Count, await rows.CountAsync());
        var taps = 0;

        await PageState.ClickForNewDocumentAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Cả lớp có mặt" }), "all present");
        taps++;
        Assert.Equal(children.Count, await page.Locator("li.att-row[data-state=present]").CountAsync());
        await page.Locator("[data-attendance][data-enhanced]").WaitForAsync();

        // Two children far below the fold: each tap swaps only that row, the page stays where the thumb left it.
        var ordered = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.id)");
        foreach (var rowId in new[] { ordered[^3], ordered[^8] })
        {
            var absent = page.Locator($"#{rowId} button.toggle-absent");
            await absent.ScrollIntoViewIfNeededAsync();
            var before = await page.EvaluateAsync<double>("() => { window.sproutSamePage = true; return window.scrollY; }");
            Assert.True(before > 740, $"{rowId} should be below the first screen (scrollY {before})");
            // What the thumb sees: the tapped row stays at the same height on the screen. scrollY alone may move when a
            // line above changes (the late list), because the browser's scroll anchoring keeps the row still.
            var rowTop = await RowTopAsync(page, rowId);
            await absent.ClickAsync();
            taps++;
            try
            {
                await page.Locator($"#{rowId}[data-state=absent]").WaitForAsync(new() { Timeout = 20_000 });
            }
            catch (TimeoutException e)
            {
                var live = await page.Locator("[data-live]").InnerTextAsync();
                throw new TimeoutException($"{rowId} was not swapped; live region “{live}”; {string.Join(" | ", seen)}", e);
            }
            Assert.True(await page.EvaluateAsync<bool>("() => window.sproutSamePage === true"), "the tap navigated");
            Assert.InRange(await RowTopAsync(page, rowId), rowTop - 1, rowTop + 1);
            Assert.Contains("Vắng không phép", await page.Locator($"#{rowId} .badge").InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.True(taps <= 35, $"{taps} taps");
        Assert.Equal("2", await page.Locator("[data-count=absent]").InnerTextAsync());
        Assert.Equal((children.Count - 2).ToString(CultureInfo.InvariantCulture), await page.Locator("[data-count='present,left']").InnerTextAsync());
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "attendance-taps.txt"),
            string.Create(CultureInfo.InvariantCulture, $"taps={taps} children={children.Count} pageHeight={height} screens={height / 740.0:0.0}"));
        // For a person to look at (the report cites it): the swapped rows as the phone shows them.
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "attendance-360.png") });
        await TouchTargetsAsync(page);
        await Axe.AssertNoViolationsAsync(page, "attendance after taps (360 px)");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_a_tap_posts_the_form_and_comes_back_to_the_row()
    {
        var (classId, children) = await LonA1Async();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "vi-VN",
            JavaScriptEnabled = false,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/dang-nhap");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync(Teacher);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal));

        await page.GotoAsync($"{browser.BaseUrl}/lop/{classId}/diem-danh?ngay=2026-11-24");
        var rowId = $"tre-{children[1].ToString(CultureInfo.InvariantCulture)}";
        await page.Locator($"#{rowId} button.toggle-present").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("kq=", StringComparison.Ordinal));
        Assert.Contains($"#{rowId}", page.Url, StringComparison.Ordinal);
        Assert.Equal("present", await page.Locator($"#{rowId}").GetAttributeAsync("data-state"));
        Assert.Equal("Đã lưu.", await page.Locator($"#{rowId} .att-message").InnerTextAsync());
        await context.CloseAsync();
    }

    private static Task<double> RowTopAsync(IPage page, string rowId) =>
        page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", rowId);

    /// <summary>Every toggle and form button on the page is at least 44 by 44 CSS pixels (WCAG 2.5.5).</summary>
    private static async Task TouchTargetsAsync(IPage page)
    {
        var small = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.att-row .toggle, .att-bulk button')].map(b => b.getBoundingClientRect()).filter(r => r.width < 44 || r.height < 44).map(r => `${r.width}x${r.height}`)");
        Assert.True(small.Length == 0, "Touch targets under 44 px: " + string.Join(", ", small));
    }
}
