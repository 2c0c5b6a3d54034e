using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Account;

[Collection(AccountsCollection.Name)]
public class SessionTests(AccountsAppFactory app, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Checking_the_session_on_every_request_stays_cheap()
    {
        var signedIn = app.CreateBrowserLikeClient();
        var cookie = AccountFlows.SessionCookie(await FormPoster.SignInAsync(signedIn, "nv08@truong02.viethung.edu.vn", DemoAccounts.Password));
        var withCookie = AccountFlows.WithCookie(app, cookie);
        var without = app.CreateClient();
        // /healthz authenticates like any request (cookie decrypted, stamp read) and does little else.
        async Task<double> MeanAsync(HttpClient client)
        {
            for (var i = 0; i < 50; i++)
            {
                await client.GetAsync("/healthz");
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 500; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            }
            return watch.Elapsed.TotalMilliseconds / 500;
        }
        var anonymous = await MeanAsync(without);
        var checkedSession = await MeanAsync(withCookie);
        output.WriteLine($"{app.Database.Provider}: /healthz {anonymous:F3} ms without a cookie, {checkedSession:F3} ms with one (+{checkedSession - anonymous:F3} ms)");
        Assert.True(checkedSession - anonymous < 5, $"{checkedSession - anonymous:F3} ms per request");
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_stops_working_after_it()
    {
        var client = app.CreateBrowserLikeClient();
        var signIn = await FormPoster.SignInAsync(client, "nv03@truong02.viethung.edu.vn", DemoAccounts.Password);
        var copied = AccountFlows.WithCookie(app, AccountFlows.SessionCookie(signIn));
        await AccountFlows.AssertSignedInAsync(copied);

        var signOut = await AccountFlows.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await AccountFlows.AssertSignedOutAsync(copied);
        await AccountFlows.AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task Changing_the_password_in_one_client_ends_the_other_clients_session_but_not_its_own()
    {
        const string login = "nv04@truong02.viethung.edu.vn";
        const string next = "DoiMatKhau@2026";
        var first = app.CreateBrowserLikeClient();
        var second = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(first, login, DemoAccounts.Password);
        await FormPoster.SignInAsync(second, login, DemoAccounts.Password);
        await AccountFlows.AssertSignedInAsync(second);

        var wrong = await FormPoster.PostFormAsync(first, AccountFlows.ProbePage, "change-password",
            new Dictionary<string, string> { ["current"] = "khong-dung", ["next"] = next, ["confirm"] = next });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("Mật khẩu không đúng.", await AccountFlows.HtmlAsync(wrong), StringComparison.Ordinal);
        await AccountFlows.AssertSignedInAsync(second);

        var changed = await FormPoster.PostFormAsync(first, AccountFlows.ProbePage, "change-password",
            new Dictionary<string, string> { ["current"] = DemoAccounts.Password, ["next"] = next, ["confirm"] = next });
        var html = await AccountFlows.HtmlAsync(changed);
        Assert.Contains("Đã đổi mật khẩu", html, StringComparison.Ordinal);
        Assert.DoesNotContain(next, html, StringComparison.Ordinal);

        await AccountFlows.AssertSignedInAsync(first);
        await AccountFlows.AssertSignedOutAsync(second);
        var again = app.CreateBrowserLikeClient();
        Assert.Equal("/", (await FormPoster.SignInAsync(again, login, next)).LocalRedirect());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Sprout.Web.Modules.Account.AccountEvent>()
            .CountAsync(e => e.Kind == Sprout.Web.Modules.Account.AccountEventKinds.Changed && e.TargetName != "")));
    }

    [Fact]
    public async Task A_session_whose_role_becomes_two_factor_required_is_sent_to_set_up()
    {
        // The second demo school's principal, signed in with a password alone while the school did not require 2FA.
        const string login = "nv01@truong02.viethung.edu.vn";
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lop")).StatusCode);

        var schoolId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == login).Select(u => u.SchoolId!.Value).FirstAsync());
        await SetRequirementAsync(schoolId, true);
        try
        {
            var blocked = await client.GetAsync("/lop");
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/tai-khoan/xac-thuc-hai-buoc", blocked.LocalRedirect());
        }
        finally
        {
            await SetRequirementAsync(schoolId, false);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lop")).StatusCode);
    }

    private Task<int> SetRequirementAsync(int schoolId, bool required) => app.WithDbAsync(db =>
        db.Schools.Where(s => s.Id == schoolId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RequireTwoFactorForSensitiveRoles, required)));
}
