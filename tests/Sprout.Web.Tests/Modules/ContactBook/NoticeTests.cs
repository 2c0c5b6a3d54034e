using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.ContactBook;

[Collection(AppCollection.Name)]
public class NoticeTests(SproutAppFactory app)
{
    [Fact]
    public async Task A_class_announcement_reaches_the_parents_notifications_and_records_who_read_it()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var posted = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/thong-bao", "notice", new Dictionary<string, string>
        {
            ["title"] = "Họp phụ huynh cuối kỳ", ["body"] = "Kính mời quý phụ huynh dự họp lúc 17 giờ thứ Sáu.",
        });
        Assert.Contains("0 gia đình đã xem", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var mine = WebUtility.HtmlDecode(await parent.GetStringAsync("/thong-bao"));
        Assert.Contains("Lớp Lớn A1: Họp phụ huynh cuối kỳ", mine, StringComparison.Ordinal);

        var childId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());
        Assert.Contains("Kính mời quý phụ huynh", WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/thong-bao")), StringComparison.Ordinal);
        Assert.Contains("1 gia đình đã xem", WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/thong-bao")), StringComparison.Ordinal);

        var empty = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/thong-bao", "notice", new Dictionary<string, string> { ["title"] = "Chỉ có tiêu đề", ["body"] = " " });
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng nhập tiêu đề và nội dung thông báo.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Chỉ có tiêu đề\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_plan_is_written_by_the_teacher_and_read_by_the_classs_parents()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/ke-hoach-tuan?tuan=2026-11-25", "weekly-plan", new Dictionary<string, string>
        {
            ["plan"] = "Thứ Hai: Làm quen chữ cái a, ă, â\nThứ Ba: Vẽ cây xanh", ["extra"] = "Thứ Sáu: Tham quan vườn rau",
        });
        var childId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/ke-hoach-tuan?tuan=2026-11-27"));
        Assert.Contains("Tuần từ 23/11/2026 đến 29/11/2026", page, StringComparison.Ordinal);
        Assert.Contains("Làm quen chữ cái a, ă, â", page, StringComparison.Ordinal);
        Assert.Contains("Tham quan vườn rau", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", page, StringComparison.Ordinal);
    }
}

public sealed class SmtpNotificationFactory : SproutAppFactory
{
    public SmtpSink Sink { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:EnableSsl"] = "false",
        ["Notifications:Smtp:From"] = "Trường Mầm non Đô Thị Việt Hưng <lienhe@mnviethung.edu.vn>",
        ["Notifications:PollSeconds"] = "3600",
        // No default quiet hours: this test sends at whatever hour it runs.
        ["Notifications:QuietHours"] = "",
        ["Demo:Schools"] = "1",
    };

    public override async ValueTask DisposeAsync()
    {
        await Sink.DisposeAsync();
        await base.DisposeAsync();
    }
}

public class EmailNotificationTests(SmtpNotificationFactory app) : IClassFixture<SmtpNotificationFactory>
{
    [Fact]
    public async Task Parents_with_an_email_get_the_announcement_by_SMTP_in_Vietnamese()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        using (var scope = app.Services.CreateScope())
        {
            var notices = scope.ServiceProvider.GetRequiredService<ClassNoticeService>();
            var teacher = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim(Sprout.Web.Platform.Identity.SproutClaims.FullName, "Cô Lan"),
                 new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Sprout.Web.Platform.Identity.Roles.Principal),
                 new System.Security.Claims.Claim(Sprout.Web.Platform.Identity.SproutClaims.School, (await app.DemoSchoolIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                "test", System.Security.Claims.ClaimTypes.Name, System.Security.Claims.ClaimTypes.Role));
            await notices.PostAsync(int.Parse(classId, System.Globalization.CultureInfo.InvariantCulture), "Nghỉ lễ", "Trường nghỉ ngày 02/9.", teacher, CancellationToken.None);
        }
        var sent = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Assert.True(sent >= 2, $"in-app and e-mail for the demo parent, got {sent}");
        var mail = Assert.Single(app.Sink.Messages);
        Assert.Contains("phuhuynh@example.com", mail, StringComparison.Ordinal);
        // The subject is encoded (RFC 2047); decode what the client wrote and compare the Vietnamese text.
        var subjectLine = mail.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        var subject = string.Concat(System.Text.RegularExpressions.Regex.Matches(subjectLine, @"=\?utf-8\?B\?([^?]+)\?=", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value))));
        Assert.Equal("Lớp Lớn A1: Nghỉ lễ", subject);
        var pending = await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
        Assert.Equal(0, pending);
    }
}
