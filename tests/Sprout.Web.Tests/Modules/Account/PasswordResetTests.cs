using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Account;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Account;

[Collection(AccountsCollection.Name)]
public partial class PasswordResetTests(AccountsAppFactory app)
{
    [GeneratedRegex(@"<code>(\d{6})</code>")]
    private static partial Regex ShownCode();

    [Fact]
    public async Task The_schools_code_lets_a_parent_set_a_new_password_once_ends_their_sessions_and_is_audited()
    {
        const string next = "PhuHuynh@2026";
        var parentSession = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parentSession, DemoAccounts.ParentPhone, DemoAccounts.Password);
        await AccountFlows.AssertSignedInAsync(parentSession);

        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "hieutruong@" + DemoAccounts.Domain, DemoAccounts.Password);
        var parentId = await app.WithDbAsync(db => db.Users.Where(u => u.PhoneNumber == DemoAccounts.ParentPhone).Select(u => u.Id).FirstAsync());
        var issued = await FormPoster.PostFormAsync(principal, "/quan-tri/tai-khoan?q=" + DemoAccounts.ParentPhone, $"code-{parentId}", new Dictionary<string, string>());
        Assert.Equal("no-store", issued.Headers.CacheControl?.ToString());
        var code = ShownCode().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Matches(@"^\d{6}$", code);
        // Shown once: the list opened again does not hold it.
        Assert.DoesNotContain(code, await principal.GetStringAsync("/quan-tri/tai-khoan?q=" + DemoAccounts.ParentPhone), StringComparison.Ordinal);

        var wrong = await Reset(DemoAccounts.ParentPhone, code == "000000" ? "111111" : "000000", next);
        Assert.Contains("mã không đúng", await AccountFlows.HtmlAsync(wrong), StringComparison.Ordinal);
        var done = await Reset("+84 912 345 678", code, next);
        Assert.Contains("Đã đặt mật khẩu mới", await AccountFlows.HtmlAsync(done), StringComparison.Ordinal);

        await AccountFlows.AssertSignedOutAsync(parentSession);
        Assert.Contains("không đúng", await AccountFlows.HtmlAsync(await FormPoster.SignInAsync(app.CreateBrowserLikeClient(), DemoAccounts.ParentPhone, DemoAccounts.Password)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPoster.SignInAsync(app.CreateBrowserLikeClient(), DemoAccounts.ParentPhone, next)).StatusCode);
        var reused = await Reset(DemoAccounts.ParentPhone, code, "LanNua@2026");
        Assert.Contains("mã không đúng", await AccountFlows.HtmlAsync(reused), StringComparison.Ordinal);

        var kinds = await app.WithDbAsync(db => db.Set<AccountEvent>().Where(e => e.TargetUserId == parentId).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([AccountEventKinds.ResetCodeIssued, AccountEventKinds.ResetWithCode], kinds);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(AccountEvent)).Select(a => a.After!).ToListAsync());
        Assert.Contains(audited, a => a.Contains(AccountEventKinds.ResetCodeIssued, StringComparison.Ordinal) && !a.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_any_address_and_mails_a_single_use_link_from_the_public_address()
    {
        const string email = "nv07@truong02.viethung.edu.vn";
        const string next = "QuaEmail@2026";
        var forKnown = await AccountFlows.HtmlAsync(await Forgot(email));
        var forUnknown = await AccountFlows.HtmlAsync(await Forgot("khong-ai-co@example.vn"));
        Assert.Contains("Nếu email này thuộc một tài khoản", forKnown, StringComparison.Ordinal);
        Assert.Equal(WithoutTokens(forKnown), WithoutTokens(forUnknown));

        var message = await WaitForMailAsync(email);
        Assert.Equal(SmtpEmailChannel.ChannelName, message.Channel);
        Assert.StartsWith(AccountsAppFactory.PublicBaseUrl + "/dang-nhap/dat-lai-mat-khau?u=", message.Link, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().IgnoreQueryFilters().CountAsync(m => m.RecipientAddress == "khong-ai-co@example.vn")));

        var path = new Uri(message.Link!).PathAndQuery;
        var client = app.CreateBrowserLikeClient();
        var done = await FormPoster.PostFormAsync(client, path, "reset-password", new Dictionary<string, string> { ["next"] = next, ["confirm"] = next });
        Assert.Contains("Đã đặt mật khẩu mới", await AccountFlows.HtmlAsync(done), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPoster.SignInAsync(app.CreateBrowserLikeClient(), email, next)).StatusCode);

        var again = await FormPoster.PostFormAsync(app.CreateBrowserLikeClient(), path, "reset-password", new Dictionary<string, string> { ["next"] = "LanHai@2026", ["confirm"] = "LanHai@2026" });
        Assert.Contains("không hợp lệ hoặc đã hết hạn", await AccountFlows.HtmlAsync(again), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Reset(string login, string code, string next) =>
        FormPoster.PostFormAsync(app.CreateBrowserLikeClient(), "/dang-nhap/dat-lai-mat-khau", "reset-password",
            new Dictionary<string, string> { ["login"] = login, ["code"] = code, ["next"] = next, ["confirm"] = next });

    private Task<HttpResponseMessage> Forgot(string email) =>
        FormPoster.PostFormAsync(app.CreateBrowserLikeClient(), "/dang-nhap/quen-mat-khau", "forgot-password", new Dictionary<string, string> { ["email"] = email });

    private static string WithoutTokens(string html) => Regex.Replace(html, "value=\"[^\"]{40,}\"", "value=\"…\"");

    private async Task<OutboxMessage> WaitForMailAsync(string email)
    {
        for (var i = 0; i < 100; i++)
        {
            var message = await app.WithDbAsync(db => db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.RecipientAddress == email).OrderBy(m => m.Id).FirstOrDefaultAsync());
            if (message is not null)
            {
                return message;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("No reset mail was queued.");
    }
}
