using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Account;

[Collection(AccountsCollection.Name)]
public class SignInThrottleTests(AccountsAppFactory app)
{
    private const string SchoolWifi = "203.0.113.7";

    [Fact]
    public async Task Page_loads_from_one_address_are_never_counted()
    {
        var client = PeerAddress.From(app.CreateBrowserLikeClient(), SchoolWifi);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
        }
    }

    [Fact]
    public async Task Three_hundred_sign_ins_from_one_address_within_the_limits_window_all_succeed()
    {
        var logins = await app.WithDbAsync(db => db.Users
            .Where(u => u.Email != null && u.Email.StartsWith("nv") && u.Email.EndsWith("@truong02.viethung.edu.vn"))
            .OrderBy(u => u.Id).Select(u => u.Email!).Skip(10).Take(10).ToListAsync());
        Assert.True(logins.Count >= 3, $"only {logins.Count} demo accounts");
        var clock = Stopwatch.StartNew();
        var succeeded = 0;
        for (var i = 0; i < 300; i++)
        {
            var parent = PeerAddress.From(app.CreateBrowserLikeClient(), SchoolWifi);
            var response = await FormPoster.SignInAsync(parent, logins[i % logins.Count], DemoAccounts.Password);
            succeeded += response.StatusCode == HttpStatusCode.Redirect ? 1 : 0;
        }
        Assert.Equal(300, succeeded);
        // Within the factory's 30-minute window, so every one of them was counted against the same limit.
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Wrong_passwords_from_many_addresses_are_slowed_then_locked_only_after_twenty_and_the_school_unlocks()
    {
        const string login = "nv05@truong02.viethung.edu.vn";
        var address = 0;
        HttpClient Someone() => PeerAddress.From(app.CreateBrowserLikeClient(), $"198.51.100.{++address}");

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("không đúng", await AccountFlows.HtmlAsync(await FormPoster.SignInAsync(Someone(), login, "sai-" + i)), StringComparison.Ordinal);
        }
        // The sixth try comes too soon, from yet another address: refused without checking, even the right password.
        var slowed = await FormPoster.SignInAsync(Someone(), login, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.Contains("Vui lòng chờ 1 giây", await AccountFlows.HtmlAsync(slowed), StringComparison.Ordinal);

        // Six failures no longer lock anyone out: once the wait is over, the owner signs in.
        app.ThrottleClock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("/", (await FormPoster.SignInAsync(Someone(), login, DemoAccounts.Password)).LocalRedirect());

        // Twenty failures, each after its growing wait, lock the account.
        for (var i = 0; i < 20; i++)
        {
            app.ThrottleClock.Advance(TimeSpan.FromSeconds(61));
            var response = await FormPoster.SignInAsync(Someone(), login, "sai-" + i);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        app.ThrottleClock.Advance(TimeSpan.FromSeconds(61));
        Assert.Contains("Tài khoản tạm bị khóa", await AccountFlows.HtmlAsync(await FormPoster.SignInAsync(Someone(), login, DemoAccounts.Password)), StringComparison.Ordinal);

        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "nv01@truong02.viethung.edu.vn", DemoAccounts.Password);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == login).Select(u => u.Id).FirstAsync());
        var list = await AccountFlows.HtmlAsync(await principal.GetAsync("/quan-tri/tai-khoan?q=nv05"));
        Assert.Contains("Đang bị khóa", list, StringComparison.Ordinal);
        var unlocked = await FormPoster.PostFormAsync(principal, "/quan-tri/tai-khoan?q=nv05", $"unlock-{userId}", new Dictionary<string, string>());
        Assert.Contains("Đã mở khóa tài khoản.", await AccountFlows.HtmlAsync(unlocked), StringComparison.Ordinal);
        Assert.Equal("/", (await FormPoster.SignInAsync(Someone(), login, DemoAccounts.Password)).LocalRedirect());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "AccountEvent" && a.After!.Contains("Mở khóa"))));
    }

    [Fact]
    public async Task An_unknown_login_gets_the_same_answers_and_costs_the_same_work_as_a_wrong_password()
    {
        const string known = "nv06@truong02.viethung.edu.vn";
        const string unknown = "khong-co-ai@truong02.viethung.edu.vn";
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            foreach (var (login, times) in new[] { (known, knownTimes), (unknown, unknownTimes) })
            {
                var client = PeerAddress.From(app.CreateBrowserLikeClient(), "192.0.2.50");
                var token = await FormPoster.AntiforgeryTokenAsync(client, "/dang-nhap");
                var watch = Stopwatch.StartNew();
                var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Login"] = login, ["Input.Password"] = "sai-mat-khau",
                }));
                times.Add(watch.Elapsed.TotalMilliseconds);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("Email/số điện thoại hoặc mật khẩu không đúng.", await AccountFlows.HtmlAsync(response), StringComparison.Ordinal);
            }
        }
        // Both then wait alike.
        foreach (var login in new[] { known, unknown })
        {
            var response = await FormPoster.SignInAsync(PeerAddress.From(app.CreateBrowserLikeClient(), "192.0.2.51"), login, "sai-mat-khau");
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
        // A password hash is checked for an unknown login too: its answer is not markedly faster (median of five).
        var knownMedian = knownTimes.Order().ElementAt(2);
        var unknownMedian = unknownTimes.Order().ElementAt(2);
        Assert.True(unknownMedian > knownMedian * 0.5, $"unknown {unknownMedian:F1} ms, known {knownMedian:F1} ms");
        app.ThrottleClock.Advance(TimeSpan.FromMinutes(20));
    }
}
