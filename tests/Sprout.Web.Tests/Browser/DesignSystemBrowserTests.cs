using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Browser;

/// <summary>
/// Issue 14, "every page uses the design system": every page of the authorization matrix, opened on a 360 px phone by
/// one of the people allowed to open it, neither scrolls sideways nor has an axe-core violation. The pages come from
/// the matrix rows and the app's own routes, so a new module's pages are checked without touching this file.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class DesignSystemBrowserTests(BrowserFixture browser)
{
    private const int Phone = 360;

    /// <summary>Who opens a page: the first of these the matrix allows (anonymous first, for the public pages).</summary>
    private static readonly (string Role, string Login)[] Openers =
    [
        (AccessMatrixRow.Anonymous, ""),
        (R.Teacher, "giaovien@mnviethung.edu.vn"),
        (R.Parent, DemoAccounts.ParentPhone),
        (R.Nurse, "yte@mnviethung.edu.vn"),
        (R.Principal, "hieutruong@mnviethung.edu.vn"),
        (R.PartySecretary, "hieutruong@mnviethung.edu.vn"),
        (R.Admin, "quantri@mnviethung.edu.vn"),
        (R.Clerk, "vanthu@mnviethung.edu.vn"),
        (R.Cook, "capduong@mnviethung.edu.vn"),
        (R.Accountant, "ketoan@mnviethung.edu.vn"),
        (R.VicePrincipal, "phohieutruong@mnviethung.edu.vn"),
        (R.PartyCommittee, "chiuy@mnviethung.edu.vn"),
        (R.PartyMember, "dangvien@mnviethung.edu.vn"),
        (R.WardOfficer, "canbophuong@viethung.gov.vn"),
    ];

    /// <summary>
    /// Pages a browser cannot simply open and read: the sign-out page acts on arrival and would end the session the
    /// next pages need. Everything else in the matrix is visited.
    /// </summary>
    private static readonly HashSet<string> NotVisited = new(StringComparer.Ordinal) { "/dang-xuat" };

    private static readonly Dictionary<string, AccessMatrixRow> Rows = typeof(DesignSystemBrowserTests).Assembly.GetTypes()
        .Where(t => typeof(IAccessMatrixRows).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .SelectMany(t => ((IAccessMatrixRows)Activator.CreateInstance(t)!).Rows)
        .ToDictionary(r => r.Pattern, StringComparer.Ordinal);

    /// <summary>The Razor pages the app routes (not the file and JSON endpoints), each with the login that opens it.</summary>
    private async Task<List<(string Login, string Url)>> PagesAsync()
    {
        var patterns = browser.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.Any(m => m.GetType().Name == "ComponentTypeMetadata"))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct(StringComparer.Ordinal)
            .Where(p => !NotVisited.Contains(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pages = new List<(string Login, string Url)>();
        foreach (var pattern in patterns)
        {
            // A page without a row fails AuthorizationMatrixTests; here it is simply not known who may open it.
            if (!Rows.TryGetValue(pattern, out var row) || Openers.FirstOrDefault(o => row.Allowed.Contains(o.Role)) is not { Role: not null } opener)
            {
                continue;
            }
            var url = row.SampleUrl is { } sample ? await sample(browser.App) : pattern;
            if (!url.Contains('{', StringComparison.Ordinal))
            {
                pages.Add((opener.Login, url));
            }
        }
        return pages;
    }

    private const string InnerScrollers = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1 && !e.querySelector('[data-stack-exempt]'))
          .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '') + ` (${e.scrollWidth}px in ${e.clientWidth}px)`)
        """;

    [Fact]
    public async Task Every_page_in_the_matrix_fits_a_360_pixel_phone_and_has_no_axe_violations()
    {
        var pages = await PagesAsync();
        Assert.True(pages.Count > 60, $"only {pages.Count} pages found: is the matrix read?");
        Assert.Contains(pages, p => p.Login == "yte@mnviethung.edu.vn");
        Assert.Contains(pages, p => p.Login == DemoAccounts.ParentPhone);
        var problems = new List<string>();
        foreach (var group in pages.GroupBy(p => p.Login))
        {
            var page = await browser.NewPageAsync(Phone, 740);
            if (group.Key.Length > 0)
            {
                await new SignInPage(page, browser.BaseUrl).SignInAsync(group.Key, DemoAccounts.Password);
            }
            foreach (var (_, url) in group)
            {
                await page.GotoAsync(browser.BaseUrl + url);
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (width > Phone)
                {
                    var culprits = await page.EvaluateAsync<string>(
                        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361).slice(-3).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')).join(', ')");
                    problems.Add($"{url} ({group.Key}): {width}px wide ({culprits})");
                }
                // A box that scrolls sideways inside the page is sideways scrolling all the same, unless it holds a grid that
                // says why it may (data-stack-exempt: a month sheet with a column a day).
                var scrolling = await page.EvaluateAsync<string[]>(InnerScrollers);
                if (scrolling.Length > 0)
                {
                    problems.Add($"{url} ({group.Key}): scrolls sideways inside {string.Join(", ", scrolling)}");
                }
                try
                {
                    await Axe.AssertNoViolationsAsync(page, $"{url} ({group.Key})");
                }
                catch (Xunit.Sdk.XunitException e)
                {
                    problems.Add(e.Message);
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {pages.Count} pages:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>The sheets people print: the school's heading on paper, no navigation and no buttons.</summary>
    [Fact]
    public async Task Printed_sheets_show_the_school_heading_and_no_navigation_or_buttons()
    {
        var classId = await browser.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id)));
        // Signed: the sheet ends with signature lines; null when that depends on the data (a market list only once there is one).
        var sheets = new (string Login, string Path, bool? Signed)[]
        {
            ("hieutruong@mnviethung.edu.vn", $"/lop/{classId}/so-diem-danh", true),
            ("hieutruong@mnviethung.edu.vn", $"/lop/{classId}", true),
            ("hieutruong@mnviethung.edu.vn", "/van-ban", false),
            ("hieutruong@mnviethung.edu.vn", "/nhan-su", true),
            ("capduong@mnviethung.edu.vn", "/thuc-don/tuan-nay", true),
            ("capduong@mnviethung.edu.vn", "/thuc-don/cho", null),
            ("yte@mnviethung.edu.vn", "/suc-khoe/bao-cao", true),
        };
        foreach (var login in sheets.Select(s => s.Login).Distinct())
        {
            var page = await browser.NewPageAsync();
            await new SignInPage(page, browser.BaseUrl).SignInAsync(login, DemoAccounts.Password);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            foreach (var (_, path, signed) in sheets.Where(s => s.Login == login))
            {
                await page.GotoAsync(browser.BaseUrl + path);
                var shown = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('nav, .topbar, button, .button, .skip-link')].filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 80))");
                Assert.True(shown.Length == 0, $"{path} prints {string.Join(" | ", shown)}");
                Assert.True(await page.Locator(".print-header").IsVisibleAsync(), $"{path} prints no school heading");
                Assert.Equal("TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG", (await page.Locator(".print-school").InnerTextAsync()).Trim());
                if (signed is { } expected)
                {
                    Assert.True(expected == await page.Locator(".signatures").IsVisibleAsync(), $"{path}: signature lines expected {expected}");
                }
            }
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            Assert.False(await page.Locator(".print-header").IsVisibleAsync(), "the print heading shows on screen");
            await page.Context.CloseAsync();
        }
    }
}
