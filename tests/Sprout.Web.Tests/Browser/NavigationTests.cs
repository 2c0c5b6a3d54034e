using Microsoft.Playwright;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class NavigationTests(BrowserFixture browser)
{
    /// <summary>For each role: menu entries it must see and entries it must not.</summary>
    public static TheoryData<string, string[], string[]> Menus => new()
    {
        { Roles.Admin, ["Lớp học và trẻ", "Nhật ký thay đổi", "Thông tin trường", "Nhân sự"], ["Chi bộ", "Con của tôi", "Các trường trong phường"] },
        { Roles.WardOfficer, ["Các trường trong phường"], ["Lớp học và trẻ", "Nhân sự", "Chi bộ"] },
        { Roles.Principal, ["Lớp học và trẻ", "Nhật ký thay đổi", "Chi bộ", "Quản lý lớp"], ["Con của tôi", "Các trường trong phường"] },
        { Roles.VicePrincipal, ["Lớp học và trẻ", "Quản lý lớp", "Chi bộ"], ["Nhật ký thay đổi", "Con của tôi"] },
        { Roles.PartyCommittee, ["Chi bộ", "Lớp học và trẻ"], ["Nhân sự", "Nhật ký thay đổi"] },
        { Roles.PartyMember, ["Chi bộ"], ["Nhân sự", "Nhật ký thay đổi"] },
        { Roles.Teacher, ["Lớp học và trẻ", "Mời phụ huynh", "Nhập danh sách trẻ"], ["Chi bộ", "Nhân sự", "Nhật ký thay đổi", "Quản lý lớp"] },
        { Roles.Nurse, ["Lớp học và trẻ", "Suất ăn hôm nay"], ["Nhân sự", "Quản lý lớp"] },
        { Roles.Cook, ["Suất ăn hôm nay"], ["Lớp học và trẻ", "Nhân sự", "Chi bộ"] },
        { Roles.Accountant, ["Nhân sự", "Suất ăn hôm nay"], ["Lớp học và trẻ", "Nhật ký thay đổi"] },
        { Roles.Clerk, ["Nhân sự", "Nhập danh sách trẻ", "Lớp học và trẻ"], ["Chi bộ", "Nhật ký thay đổi"] },
        { Roles.Parent, ["Con của tôi"], ["Lớp học và trẻ", "Nhân sự", "Chi bộ", "Mời phụ huynh"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Each_role_sees_its_own_menu_and_every_entry_opens_a_working_page(string role, string[] visible, string[] hidden)
    {
        var account = DemoAccounts.All.First(a => a.Role == role);
        var page = await browser.NewPageAsync();
        var signIn = new SignInPage(page, browser.BaseUrl);
        await signIn.SignInAsync(account.Login, DemoAccounts.Password);
        var menu = await signIn.MenuAsync();
        foreach (var item in visible)
        {
            Assert.Contains(item, menu);
        }
        foreach (var item in hidden)
        {
            Assert.DoesNotContain(item, menu);
        }
        var links = await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link)
            .EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        foreach (var href in links)
        {
            var response = await page.GotoAsync(browser.BaseUrl + href);
            Assert.True(response!.Status < 400, $"{role}: {href} answered {response.Status}");
            Assert.Equal(0, await page.Locator(".error-code").CountAsync());
            Assert.True(await page.Locator("h1").CountAsync() >= 1, $"{role}: {href} has no heading");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_stylesheet_and_script_arrive_with_their_types_and_the_page_is_styled()
    {
        // Once the test host served them with no content type: Chromium refused both, and every browser test
        // (axe's colour contrast, the 360-pixel phone) checked an unstyled page.
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { refused.Add(m.Text); } };
        var types = new Dictionary<string, string>();
        page.Response += (_, r) => types[new Uri(r.Url).AbsolutePath] = r.Headers.TryGetValue("content-type", out var t) ? t : string.Empty;
        await page.GotoAsync(browser.BaseUrl + "/dang-nhap");

        Assert.Empty(refused);
        Assert.Contains(types, t => t.Key.StartsWith("/css/app.", StringComparison.Ordinal) && t.Value.StartsWith("text/css", StringComparison.Ordinal));
        Assert.Contains(types, t => t.Key.StartsWith("/js/pwa.", StringComparison.Ordinal) && t.Value.Contains("javascript", StringComparison.Ordinal));
        Assert.Contains("system-ui", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Ward_officer_and_parent_land_on_their_own_home()
    {
        var ward = await browser.NewPageAsync();
        await new SignInPage(ward, browser.BaseUrl).SignInAsync("canbophuong@viethung.gov.vn", DemoAccounts.Password);
        Assert.EndsWith("/phuong", ward.Url, StringComparison.Ordinal);
        Assert.Contains("Trường Mầm non Đô Thị Việt Hưng", await ward.ContentAsync(), StringComparison.Ordinal);

        var parent = await browser.NewPageAsync();
        await new SignInPage(parent, browser.BaseUrl).SignInAsync(DemoAccounts.ParentPhone, DemoAccounts.Password);
        Assert.Equal(browser.BaseUrl + "/", parent.Url);
        await Assertions.Expect(parent.GetByRole(AriaRole.Link, new() { Name = "Báo nghỉ" })).ToBeVisibleAsync();
        await ward.Context.CloseAsync();
        await parent.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_explained_and_the_login_is_kept_then_sign_out_returns_to_sign_in()
    {
        var page = await browser.NewPageAsync();
        var signIn = new SignInPage(page, browser.BaseUrl);
        await signIn.SignInAsync("ketoan@mnviethung.edu.vn", "sai-mat-khau");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email/số điện thoại hoặc mật khẩu không đúng.");
        Assert.Equal("ketoan@mnviethung.edu.vn", await page.GetByLabel("Email hoặc số điện thoại").InputValueAsync());
        Assert.Equal(string.Empty, await page.GetByLabel("Mật khẩu", new() { Exact = true }).InputValueAsync());

        await signIn.SignInAsync("ketoan@mnviethung.edu.vn", DemoAccounts.Password);
        await signIn.SignOutAsync();
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
