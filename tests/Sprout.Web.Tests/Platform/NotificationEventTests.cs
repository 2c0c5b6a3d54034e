using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Calendar;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Platform;

/// <summary>Each wired event reaches the people it concerns, and nobody else.</summary>
[Collection(AppCollection.Name)]
public class NotificationEventTests(SproutAppFactory app)
{
    private Task<int> UserIdAsync(string login) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync());

    private Task<List<int>> InAppRecipientsAsync(string link, string subjectStart) => app.WithDbAsync(db => db.Set<OutboxMessage>()
        .Where(m => m.Link == link && m.Channel == InAppChannel.ChannelName && m.Subject.StartsWith(subjectStart)).Select(m => m.RecipientUserId!.Value).ToListAsync());

    private async Task<HttpClient> SignedInAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private async Task<(int ChildId, int ClassId)> ParentsChildAsync() => await app.WithDbAsync(async db =>
        await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => new ValueTuple<int, int>(cg.ChildId, cg.Child!.ClassroomId!.Value)).FirstAsync());

    [Fact]
    public async Task A_reported_absence_tells_the_class_teachers_only()
    {
        var (childId, classId) = await ParentsChildAsync();
        DateOnly day;
        using (var scope = app.Services.CreateScope())
        {
            day = await scope.ServiceProvider.GetRequiredService<SchoolCalendar>().NextSchoolDayAsync(await app.DemoSchoolIdAsync(), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(20));
        }
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var dayText = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ok = await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/bao-vang", "report-absence", new Dictionary<string, string> { ["Input.Date"] = dayText, ["Input.Reason"] = "Đi khám răng" });
        Assert.Contains("Đã báo nghỉ", WebUtility.HtmlDecode(await ok.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var recipients = await InAppRecipientsAsync($"/lop/{classId}/diem-danh?ngay={dayText}", "Phụ huynh báo nghỉ");
        Assert.Contains(await UserIdAsync($"giaovien@{DemoAccounts.Domain}"), recipients);
        Assert.DoesNotContain(await UserIdAsync($"hieutruong@{DemoAccounts.Domain}"), recipients);
        Assert.DoesNotContain(await UserIdAsync($"yte@{DemoAccounts.Domain}"), recipients);
        Assert.DoesNotContain(await UserIdAsync(DemoAccounts.ParentPhone), recipients);

        // A Sunday is refused: the school is closed.
        var sunday = day.AddDays(7 - (int)day.DayOfWeek).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var refused = await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/bao-vang", "report-absence", new Dictionary<string, string> { ["Input.Date"] = sunday, ["Input.Reason"] = "Về quê" });
        Assert.Contains("trường nghỉ (Nghỉ cuối tuần), không cần báo vắng.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ring_the_other_side_and_are_seen_only_when_the_addressed_teacher_reads_them()
    {
        var (childId, _) = await ParentsChildAsync();
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var marker = $"Cô ơi, con bị ho {Guid.NewGuid():N}";
        await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/tin-nhan", "message", new Dictionary<string, string> { ["Input.Body"] = marker });
        var toSchool = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Body == marker && m.Channel == InAppChannel.ChannelName).Select(m => m.RecipientUserId!.Value).ToListAsync());
        Assert.Contains(await UserIdAsync($"giaovien@{DemoAccounts.Domain}"), toSchool);
        Assert.DoesNotContain(await UserIdAsync($"hieutruong@{DemoAccounts.Domain}"), toSchool);
        Assert.DoesNotContain(await UserIdAsync(DemoAccounts.ParentPhone), toSchool);

        Task<DateTimeOffset?> ReadAtAsync() => app.WithDbAsync(db => db.Set<ContactMessage>().Where(m => m.Body == marker).Select(m => m.ReadAt).SingleAsync());
        var nurse = await SignedInAsync($"yte@{DemoAccounts.Domain}");
        Assert.Equal(HttpStatusCode.NotFound, (await nurse.GetAsync($"/tre/{childId}/tin-nhan")).StatusCode);
        var principal = await SignedInAsync($"hieutruong@{DemoAccounts.Domain}");
        Assert.Contains(marker, WebUtility.HtmlDecode(await principal.GetStringAsync($"/tre/{childId}/tin-nhan")), StringComparison.Ordinal);
        Assert.Null(await ReadAtAsync());
        var teacher = await SignedInAsync($"giaovien@{DemoAccounts.Domain}");
        await teacher.GetStringAsync($"/tre/{childId}/tin-nhan");
        Assert.NotNull(await ReadAtAsync());

        var reply = $"Cô đã biết {Guid.NewGuid():N}";
        await FormPoster.PostFormAsync(teacher, $"/tre/{childId}/tin-nhan", "message", new Dictionary<string, string> { ["Input.Body"] = reply });
        var toFamily = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Body == reply && m.Channel == InAppChannel.ChannelName).Select(m => m.RecipientUserId!.Value).ToListAsync());
        // Every account of the child's guardians (another test may have invited the other parent), and nobody else.
        var family = await app.WithDbAsync(db => db.Users.Where(u => u.GuardianId != null && db.ChildGuardians.Any(g => g.ChildId == childId && g.GuardianId == u.GuardianId)).Select(u => u.Id).ToListAsync());
        Assert.Contains(await UserIdAsync(DemoAccounts.ParentPhone), toFamily);
        Assert.All(toFamily, id => Assert.Contains(id, family));
    }

    [Fact]
    public async Task The_first_contact_book_note_of_the_day_tells_the_family_once()
    {
        var (childId, classId) = await ParentsChildAsync();
        var teacher = await SignedInAsync($"giaovien@{DemoAccounts.Domain}");
        const string day = "2027-03-17";
        var url = $"/lop/{classId}/so-lien-lac?ngay={day}";
        var fields = new Dictionary<string, string> { ["eating"] = "AteMost", ["sleeping"] = "Good", ["hygiene"] = "", ["activities"] = "", ["comment"] = "Con ngoan" };
        await FormPoster.PostFormAsync(teacher, url, $"card-{childId}", fields);
        await FormPoster.PostFormAsync(teacher, url, $"card-{childId}", fields);
        var recipients = await InAppRecipientsAsync($"/con-toi/{childId}/so-lien-lac?ngay={day}", "Sổ liên lạc");
        var family = await app.WithDbAsync(db => db.Users.Where(u => u.GuardianId != null && db.ChildGuardians.Any(g => g.ChildId == childId && g.GuardianId == u.GuardianId)).Select(u => u.Id).ToListAsync());
        Assert.Contains(await UserIdAsync(DemoAccounts.ParentPhone), recipients);
        Assert.Equal(family.Order(), recipients.Order());
    }

    private async Task<ClaimsPrincipal> StaffAsync(string login, string role)
    {
        var (id, schoolId, name) = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == login).Select(u => new ValueTuple<int, int, string>(u.Id, u.SchoolId!.Value, u.FullName)).SingleAsync());
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Role, role),
            new Claim(SproutClaims.School, schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(SproutClaims.FullName, name),
        ], "test", ClaimTypes.Name, ClaimTypes.Role));
    }

    [Fact]
    public async Task A_document_waiting_for_the_next_step_tells_the_holders_of_that_step_s_role()
    {
        var clerk = await StaffAsync($"vanthu@{DemoAccounts.Domain}", Roles.Clerk);
        var vice = await StaffAsync($"phohieutruong@{DemoAccounts.Domain}", Roles.VicePrincipal);
        int id;
        using (var scope = app.Services.CreateScope())
        {
            var documents = scope.ServiceProvider.GetRequiredService<DocumentService>();
            id = await documents.CreateAsync(DocumentKind.Administrative, "ke-hoach", "Kế hoạch tham quan", "Nội dung", "Phụ huynh", clerk, CancellationToken.None);
            await documents.SubmitAsync(id, clerk, CancellationToken.None);
        }
        var reviewers = await InAppRecipientsAsync($"/van-ban/{id}", "Văn bản chờ xử lý: Trình duyệt");
        var principalId = await UserIdAsync($"hieutruong@{DemoAccounts.Domain}");
        var viceId = await UserIdAsync($"phohieutruong@{DemoAccounts.Domain}");
        var holders = await app.WithDbAsync(db => db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Principal || r.Name == Roles.VicePrincipal))
                && db.Users.Any(u => u.Id == ur.UserId && u.SchoolId == db.Users.Where(p => p.Id == principalId).Select(p => p.SchoolId).First()))
            .Select(ur => ur.UserId).Distinct().OrderBy(i => i).ToListAsync());
        Assert.Contains(principalId, reviewers);
        Assert.Contains(viceId, reviewers);
        Assert.Equal(holders, reviewers.Order());
        Assert.DoesNotContain(await UserIdAsync($"vanthu@{DemoAccounts.Domain}"), reviewers);
        Assert.DoesNotContain(await UserIdAsync($"giaovien@{DemoAccounts.Domain}"), reviewers);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DocumentService>().ApproveAsync(id, vice, null, CancellationToken.None);
        }
        Assert.Equal([principalId], await InAppRecipientsAsync($"/van-ban/{id}", "Văn bản chờ xử lý: Đã duyệt"));
    }

    [Fact]
    public async Task Quiet_hours_hold_push_and_email_but_not_the_in_app_list_and_send_them_after()
    {
        var userId = await UserIdAsync($"ketoan@{DemoAccounts.Domain}");
        var now = DateTimeOffset.UtcNow;
        var local = TimeOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var from = local.AddHours(-1);
        var until = new TimeOnly(local.AddHours(1).Hour, local.AddHours(1).Minute);
        var marker = $"yên lặng {Guid.NewGuid():N}";
        await app.WithDbAsync(async db =>
        {
            await db.Set<NotificationSettings>().Where(s => s.UserId == userId).ExecuteDeleteAsync();
            db.Add(new NotificationSettings { UserId = userId, QuietHoursOn = true, QuietFrom = from, QuietUntil = until });
            var schoolId = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            foreach (var channel in new[] { InAppChannel.ChannelName, WebPushChannel.ChannelName, SmtpEmailChannel.ChannelName })
            {
                db.Add(new OutboxMessage
                {
                    SchoolId = schoolId, Channel = channel, RecipientUserId = userId, RecipientAddress = channel == SmtpEmailChannel.ChannelName ? "ketoan@example.com" : null,
                    Subject = "Giờ yên lặng", Body = marker, CreatedAt = now, NextAttemptAt = now,
                });
            }
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var rows = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Body == marker).ToListAsync());
        Assert.NotNull(rows.Single(m => m.Channel == InAppChannel.ChannelName).SentAt);
        var held = rows.Where(m => m.Channel != InAppChannel.ChannelName).ToList();
        Assert.Equal(2, held.Count);
        Assert.All(held, m => Assert.Null(m.SentAt));
        Assert.All(held, m => Assert.Equal(0, m.Attempts));
        Assert.All(held, m => Assert.True(m.NextAttemptAt > now.AddMinutes(50) && m.NextAttemptAt <= now.AddMinutes(61), $"held until {m.NextAttemptAt:O}"));

        // After the quiet hours the held push goes out (the accountant has no installed app: nothing to send, done).
        var later = new FakeTimeProvider(held[0].NextAttemptAt.AddMinutes(1));
        using var dispatcher = new OutboxDispatcher(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<IOptions<NotificationOptions>>(),
            later, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var push = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Body == marker && m.Channel == WebPushChannel.ChannelName));
        Assert.NotNull(push.SentAt);
        await app.WithDbAsync(db => db.Set<NotificationSettings>().Where(s => s.UserId == userId).ExecuteDeleteAsync());
    }
}
