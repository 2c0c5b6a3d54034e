using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sprout.Web.Platform.Demo;

namespace Sprout.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class AccessibilityTests(BrowserFixture browser)
{
    private async Task<(string ClassId, string ChildId)> IdsAsync() => await browser.App.WithDbAsync(async db =>
    {
        var classId = await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var childId = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync();
        return (classId.ToString(CultureInfo.InvariantCulture), childId.ToString(CultureInfo.InvariantCulture));
    });

    private async Task<IPage> SignedInAsync(string login, int width = 1280)
    {
        var page = await browser.NewPageAsync(width);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(login, DemoAccounts.Password);
        return page;
    }


    [Fact]
    public async Task The_axe_check_fails_a_page_with_an_image_without_text_and_an_unlabelled_field()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=\"vi\"><head><title>Thử</title></head><body><main><h1>Thử</h1><img src=\"data:,\"><input type=\"text\"></main></body></html>");
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Axe.AssertNoViolationsAsync(page, "trang thử"));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>The main pages of every role, by the account that opens them ("" for anonymous).</summary>
    private async Task<(string Login, string[] Paths)[]> MainPagesAsync()
    {
        var (classId, childId) = await IdsAsync();
        return new (string Login, string[] Paths)[]
        {
            ("", ["/dang-nhap", "/khong-co-trang-nay", "/xac-minh-chu-ky", $"/cong-khai/thuc-don/{await browser.App.DemoSchoolIdAsync()}"]),
            ("giaovien@mnviethung.edu.vn", ["/", "/lop", $"/lop/{classId}", $"/tre/{childId}", $"/tre/{childId}/sua", $"/lop/{classId}/diem-danh", $"/lop/{classId}/so-lien-lac", $"/lop/{classId}/thong-bao", $"/lop/{classId}/ke-hoach-tuan", "/phu-huynh/loi-moi", "/tre/nhap", "/tre/ho-so-thieu", $"/tre/{childId}/tin-nhan"]),
            ("hieutruong@mnviethung.edu.vn", ["/van-ban", "/van-ban/den", "/van-ban/moi", "/van-ban/chung-thu", "/nhan-su", "/chi-bo", "/quan-tri/truong", "/quan-tri/nhat-ky", "/lop/quan-ly", $"/lop/{classId}/sua", $"/lop/{classId}/so-diem-danh", "/tai-khoan/xac-thuc-hai-buoc",
                "/chi-tieu", "/chi-tieu/T16", "/chi-tieu/T11", "/chi-tieu/bao-cao", "/ke-hoach", "/ke-hoach/phan-cong",
                "/chi-bo/sinh-hoat", "/chi-bo/hoc-tap", "/chi-bo/cam-ket", "/chi-bo/danh-gia", "/chi-bo/ket-nap", "/chi-bo/kiem-tra", "/chi-bo/bao-cao"]),
            ("capduong@mnviethung.edu.vn", ["/bep/suat-an", "/thong-bao", "/thuc-don", "/thuc-don/mon-an", "/thuc-don/cho", "/thuc-don/tuan-nay", "/thuc-don/gia", "/an-toan-thuc-pham", "/thuc-don/thuc-pham", "/thuc-don/chuan"]),
            ("yte@mnviethung.edu.vn", ["/suc-khoe", $"/suc-khoe?lop={classId}", $"/suc-khoe/can-do/{classId}", $"/suc-khoe/tre/{childId}", "/suc-khoe/bao-cao", $"/suc-khoe/danh-gia/{classId}"]),
            ("canbophuong@viethung.gov.vn", ["/phuong", "/phuong/chi-tieu", "/phuong/bao-cao-chi-bo"]),
            (DemoAccounts.ParentPhone, ["/con-toi", $"/con-toi/{childId}", $"/con-toi/{childId}/so-lien-lac", $"/con-toi/{childId}/tin-nhan", $"/con-toi/{childId}/bao-vang", $"/con-toi/{childId}/thong-bao", $"/con-toi/{childId}/ke-hoach-tuan", $"/con-toi/{childId}/suc-khoe"]),
        };
    }

    [Fact]
    public async Task Main_pages_have_no_axe_violations()
    {
        foreach (var (login, paths) in await MainPagesAsync())
        {
            var page = login.Length == 0 ? await browser.NewPageAsync() : await SignedInAsync(login);
            foreach (var path in paths)
            {
                await page.GotoAsync(browser.BaseUrl + path);
                await Axe.AssertNoViolationsAsync(page, path);
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_main_page_fits_a_360_pixel_phone_without_sideways_scrolling()
    {
        // A wide table may scroll inside its own box (.table-wrap); the page itself must not.
        var tooWide = new List<string>();
        foreach (var (login, paths) in await MainPagesAsync())
        {
            var page = login.Length == 0 ? await browser.NewPageAsync(360, 740) : await SignedInAsync(login, 360);
            foreach (var path in paths)
            {
                await page.GotoAsync(browser.BaseUrl + path);
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (width > 360)
                {
                    var culprits = await page.EvaluateAsync<string>(
                        "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 361).slice(0, 3).map(e => e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')).join(', ')");
                    tooWide.Add($"{path}: {width}px ({culprits})");
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(tooWide.Count == 0, string.Join(Environment.NewLine, tooWide));
    }

    [Fact]
    public async Task On_a_360_pixel_phone_pages_fit_the_screen_and_stay_accessible()
    {
        var (classId, childId) = await IdsAsync();
        var checks = new (string Login, string Path)[]
        {
            ("", "/dang-nhap"),
            ("giaovien@mnviethung.edu.vn", "/"),
            ("giaovien@mnviethung.edu.vn", $"/lop/{classId}/diem-danh"),
            ("giaovien@mnviethung.edu.vn", $"/lop/{classId}/so-lien-lac"),
            (DemoAccounts.ParentPhone, $"/con-toi/{childId}/so-lien-lac"),
            ("giaovien@mnviethung.edu.vn", $"/lop/{classId}/album-anh"),
            (DemoAccounts.ParentPhone, $"/con-toi/{childId}/album-anh"),
        };
        foreach (var (login, path) in checks)
        {
            var page = login.Length == 0 ? await browser.NewPageAsync(360, 740) : await SignedInAsync(login, 360);
            await page.SetViewportSizeAsync(360, 740);
            await page.GotoAsync(browser.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 360, $"{path} is {width}px wide on a 360px phone");
            await Axe.AssertNoViolationsAsync(page, path + " (360 px)");
            await page.Context.CloseAsync();
        }
    }
}
