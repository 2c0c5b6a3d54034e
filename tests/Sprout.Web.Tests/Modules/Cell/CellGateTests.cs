using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Cell;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Cell;

[Collection(AppCollection.Name)]
public class CellGateTests(SproutAppFactory app)
{
    private async Task<int> PlanMeetingAsync()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var secretary = (await kit.MembersAsync()).First(m => m.Viewer.Secretary);
        return await kit.Meetings.PlanAsync(secretary.User, secretary.Viewer,
            new MeetingPlan(MeetingKind.Regular, new DateOnly(2026, 11, 5), new TimeOnly(16, 30), "Phòng họp nhà trường", null, "Nội dung sinh hoạt"),
            CancellationToken.None);
    }

    [Fact]
    public async Task A_party_role_without_membership_cannot_open_minutes_and_the_attempt_is_audited()
    {
        var meetingId = await PlanMeetingAsync();
        var teacher = await app.WithDbAsync(db => db.Users.FirstAsync(u => u.UserName == $"giaovien@{DemoAccounts.Domain}"));
        var identity = string.Join(';', Roles.PartyMember, $"{ClaimTypes.NameIdentifier}={teacher.Id}", $"{ClaimTypes.Name}={teacher.UserName}",
            $"{SproutClaims.FullName}={teacher.FullName}", $"{SproutClaims.School}={teacher.SchoolId}");
        var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/chi-bo/sinh-hoat/{meetingId}");
        request.Headers.Add(TestAuthHandler.Header, identity);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Trang này chỉ dành cho đảng viên của chi bộ.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Phòng họp nhà trường", html, StringComparison.Ordinal);
        var action = $"Mở biên bản sinh hoạt chi bộ số {meetingId}";
        var refusal = await app.WithDbAsync(db => db.Set<RefusedAction>().SingleAsync(r => r.Action == action));
        Assert.Equal(teacher.Id, refusal.UserId);
        var key = refusal.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RefusedAction) && a.EntityKey == key)));
    }

    [Fact]
    public async Task A_member_opens_the_minutes_page_and_an_ordinary_member_cannot_plan_a_meeting()
    {
        var meetingId = await PlanMeetingAsync();
        var member = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(member, $"dangvien@{DemoAccounts.Domain}", DemoAccounts.Password);

        var page = await member.GetAsync($"/chi-bo/sinh-hoat/{meetingId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Phòng họp nhà trường", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var kit = await CellKit.OpenAsync(app);
        var ordinary = (await kit.MembersAsync()).First(m => !m.Viewer.Committee);
        var refused = await Assert.ThrowsAsync<CellRuleException>(() => kit.Meetings.PlanAsync(ordinary.User, ordinary.Viewer,
            new MeetingPlan(MeetingKind.Regular, new DateOnly(2026, 12, 3), new TimeOnly(16, 30), "Phòng họp", null, "Nội dung"), CancellationToken.None));
        Assert.Equal("Chỉ chi ủy được thực hiện việc này.", refused.Message);
    }

    [Fact]
    public async Task The_committee_sends_a_reminder_to_every_member_with_an_account()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        var today = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System);
        var meetingId = await kit.Meetings.PlanAsync(secretary.User, secretary.Viewer,
            new MeetingPlan(MeetingKind.Thematic, today.AddDays(3), new TimeOnly(16, 30), "Phòng họp", "Chuyển đổi số", "Nội dung"), CancellationToken.None);
        var link = $"/chi-bo/sinh-hoat/{meetingId}";

        await kit.Meetings.RemindAsync(secretary.User, secretary.Viewer, meetingId, CancellationToken.None);
        var ordinary = members.First(m => !m.Viewer.Committee);
        await Assert.ThrowsAsync<CellRuleException>(() => kit.Meetings.RemindAsync(ordinary.User, ordinary.Viewer, meetingId, CancellationToken.None));

        var sent = await app.WithDbAsync(db => db.Set<Sprout.Web.Platform.Notifications.OutboxMessage>().Where(o => o.Link == link && o.Channel == "in-app").Select(o => o.Subject).ToListAsync());
        Assert.Equal(members.Count, sent.Count(t => t == "Giấy mời sinh hoạt chi bộ"));
        Assert.Equal(members.Count, sent.Count(t => t == "Nhắc lịch sinh hoạt chi bộ"));
    }

    [Fact]
    public async Task Members_are_reminded_automatically_the_day_before_once_unless_the_committee_already_did()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        var today = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System);
        Task<int> PlanAsync(DateOnly day) => kit.Meetings.PlanAsync(secretary.User, secretary.Viewer,
            new MeetingPlan(MeetingKind.Regular, day, new TimeOnly(16, 30), $"Phòng họp {Guid.NewGuid():N}", null, "Nội dung"), CancellationToken.None);
        var tomorrow = await PlanAsync(today.AddDays(1));
        var remindedByHand = await PlanAsync(today.AddDays(1));
        var nextWeek = await PlanAsync(today.AddDays(7));
        await kit.Meetings.RemindAsync(secretary.User, secretary.Viewer, remindedByHand, CancellationToken.None);
        var worker = app.Services.GetRequiredService<MeetingReminderWorker>();
        // A second instance of the app, as a second server would run it: the claim lets only one of them send.
        using var otherInstance = new MeetingReminderWorker(app.Services.GetRequiredService<Sprout.Web.Platform.Data.SproutDbContextFactory>(),
            app.Services.GetRequiredService<Sprout.Web.Platform.Notifications.NotificationOutbox>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<MeetingReminderWorker>.Instance);

        var runs = await Task.WhenAll(worker.RemindDueAsync(CancellationToken.None), otherInstance.RemindDueAsync(CancellationToken.None));
        Assert.InRange(runs.Sum(), 0, 1); // tomorrow's meeting, by one of the two at most (the hosted worker may have run first)
        Assert.Equal(0, await worker.RemindDueAsync(CancellationToken.None)); // a later run the same day sends nothing more

        Task<int> RemindersAsync(int meetingId) => app.WithDbAsync(db => db.Set<Sprout.Web.Platform.Notifications.OutboxMessage>()
            .CountAsync(o => o.Link == $"/chi-bo/sinh-hoat/{meetingId}" && o.Channel == "in-app" && o.Subject == MeetingNotices.ReminderTitle));
        Assert.Equal(members.Count, await RemindersAsync(tomorrow));
        Assert.Equal(members.Count, await RemindersAsync(remindedByHand));
        Assert.Equal(0, await RemindersAsync(nextWeek));
        Assert.Equal(today, await app.WithDbAsync(db => db.Set<CellMeeting>().Where(m => m.Id == tomorrow).Select(m => m.RemindedOn).SingleAsync()));

        // Only this school's members: the other school's cell hears nothing of this meeting.
        var recipients = await app.WithDbAsync(db => db.Set<Sprout.Web.Platform.Notifications.OutboxMessage>()
            .Where(o => o.Link == $"/chi-bo/sinh-hoat/{tomorrow}").Select(o => o.SchoolId).Distinct().ToListAsync());
        Assert.Equal([kit.SchoolId], recipients);
    }
}
