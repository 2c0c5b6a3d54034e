using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules;

[Collection(AppCollection.Name)]
public class SignInTests(SproutAppFactory app)
{
    [Theory]
    [InlineData("hieutruong@mnviethung.edu.vn")]
    [InlineData("giaovien@mnviethung.edu.vn")]
    [InlineData("canbophuong@viethung.gov.vn")]
    public async Task Demo_account_signs_in_with_email_and_password(string login)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.LocalRedirect());
        var home = await client.GetAsync("/");
        Assert.True(home.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, home.StatusCode.ToString());
    }

    [Fact]
    public async Task Parent_signs_in_with_phone_number_and_lands_on_their_child_today()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await FormPoster.SignInAsync(client, "+84 912 345 678", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("Hôm nay ở trường", home, StringComparison.Ordinal);
        Assert.Contains("Lớn A1", home, StringComparison.Ordinal);
        var page = await client.GetStringAsync("/con-toi");
        Assert.Contains("Con của tôi", page, StringComparison.Ordinal);
        Assert.Contains("Lớn A1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_a_Vietnamese_error_and_keeps_the_login_typed()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await FormPoster.SignInAsync(client, "ketoan@mnviethung.edu.vn", "sai-mat-khau");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email/số điện thoại hoặc mật khẩu không đúng.", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"ketoan@mnviethung.edu.vn\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sai-mat-khau", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_failures_make_the_next_try_wait_without_locking_the_account()
    {
        const string login = "nv05@truong02.viethung.edu.vn";
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await FormPoster.SignInAsync(client, login, "sai-mat-khau-" + i);
        }
        var response = await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Vui lòng chờ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("sprout.auth=", StringComparison.Ordinal)));
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == login).Select(u => u.LockoutEnd).FirstAsync()));
    }

    [Fact]
    public async Task Posting_the_sign_in_form_without_antiforgery_is_refused_in_Vietnamese()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Login"] = "hieutruong@mnviethung.edu.vn", ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("sprout.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task School_requiring_two_factor_makes_the_principal_set_it_up_then_asks_for_the_code()
    {
        // The second demo school: its principal is the first staff account there.
        const string login = "nv01@truong02.viethung.edu.vn";
        await app.WithDbAsync(async db =>
        {
            var schoolId = await db.Users.Where(u => u.Email == login).Select(u => u.SchoolId).FirstAsync();
            return await db.Schools.Where(s => s.Id == schoolId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RequireTwoFactorForSensitiveRoles, true));
        });

        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        var blocked = await client.GetAsync("/lop");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/tai-khoan/xac-thuc-hai-buoc", blocked.LocalRedirect());

        var setup = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/tai-khoan/xac-thuc-hai-buoc"));
        Assert.Contains("Nhà trường yêu cầu", setup, StringComparison.Ordinal);
        var key = await AuthenticatorKeyAsync(login);
        var enable = await FormPoster.PostFormAsync(client, "/tai-khoan/xac-thuc-hai-buoc", "tf-setup",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lop")).StatusCode);

        // Next time: password, then the code.
        var fresh = app.CreateBrowserLikeClient();
        var first = await FormPoster.SignInAsync(fresh, login, DemoAccounts.Password);
        Assert.StartsWith("/dang-nhap/ma-xac-thuc", first.LocalRedirect(), StringComparison.Ordinal);
        var wrong = await FormPoster.PostFormAsync(fresh, first.LocalRedirect(), "two-factor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Contains("Mã xác thực không đúng", System.Net.WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var right = await FormPoster.PostFormAsync(fresh, first.LocalRedirect(), "two-factor",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/lop")).StatusCode);
    }

    private async Task<string> AuthenticatorKeyAsync(string login)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(login);
        return (await users.GetAuthenticatorKeyAsync(user!))!;
    }
}
