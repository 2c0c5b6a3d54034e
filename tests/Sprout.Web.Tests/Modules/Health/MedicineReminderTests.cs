using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Health;

/// <summary>Medicine a family sends: the class's teachers and the nurses hear of it once, then before each dose, once.</summary>
[Collection(AppCollection.Name)]
public class MedicineReminderTests(SproutAppFactory app)
{
    private Task<int> ParentsChildAsync() => app.WithDbAsync(db =>
        db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).OrderBy(cg => cg.ChildId).Select(cg => cg.ChildId).FirstAsync());

    private Task<List<int>> RecipientsAsync(string subject, string medicine) => app.WithDbAsync(db =>
        db.Set<OutboxMessage>().Where(o => o.Channel == "in-app" && o.Subject == subject && o.Body.Contains(medicine))
            .Select(o => o.RecipientUserId!.Value).OrderBy(id => id).ToListAsync());

    /// <summary>The demo parent sends medicine for their first child today.</summary>
    private async Task<(int ChildId, HttpResponseMessage Sent)> SendMedicineAsync(string medicine, string dose, string times)
    {
        var childId = await ParentsChildAsync();
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var sent = await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/suc-khoe", "send-medicine",
            new Dictionary<string, string> { ["medicine"] = medicine, ["dose"] = dose, ["times"] = times });
        return (childId, sent);
    }

    /// <summary>As if the request had been sent early in the morning, whatever the hour this test runs at.</summary>
    private Task<(int RequestId, DateOnly Date)> AsIfSentEarlyAsync(string medicine) => app.WithDbAsync(async db =>
    {
        var request = await db.Set<MedicineRequest>().Where(m => m.Medicine == medicine).OrderBy(m => m.Id).FirstAsync();
        request.RemindedThrough = null;
        await db.SaveChangesAsync();
        return (request.Id, request.Date);
    });

    private static DateTimeOffset At(DateOnly date, int hour, int minute) => new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

    private MedicineReminderWorker Worker(DateTimeOffset now) => new(app.Services.GetRequiredService<SproutDbContextFactory>(),
        app.Services.GetRequiredService<NotificationOutbox>(), new FakeTimeProvider(now), NullLogger<MedicineReminderWorker>.Instance);

    [Fact]
    public async Task The_class_teachers_and_nurses_are_told_when_sent_and_reminded_once_before_each_dose()
    {
        var medicine = $"Siro ho {Guid.NewGuid():N}"[..20];
        var (childId, sent) = await SendMedicineAsync(medicine, "5 ml", "9h30 và 14h");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var staff = await app.WithDbAsync(async db =>
        {
            var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync();
            var teachers = await NotificationAudience.ChildTeachersAsync(db, childId, CancellationToken.None);
            var nurses = await NotificationAudience.HoldersOfAsync(db, schoolId, [Roles.Nurse], CancellationToken.None);
            return teachers.Concat(nurses).Distinct().OrderBy(id => id).ToList();
        });
        Assert.NotEmpty(staff);
        Assert.Equal(staff, await RecipientsAsync(MedicineNotices.SentTitle, medicine));

        var (requestId, date) = await AsIfSentEarlyAsync(medicine);

        await Worker(At(date, 8, 0)).RemindDueAsync(CancellationToken.None);
        Assert.Empty(await RecipientsAsync(MedicineNotices.DueTitle, medicine));

        // Two instances (or a restart) at 09:16 and later: one reminder for the 09:30 dose.
        await Task.WhenAll(Worker(At(date, 9, 16)).RemindDueAsync(CancellationToken.None), Worker(At(date, 9, 16)).RemindDueAsync(CancellationToken.None));
        await Worker(At(date, 9, 25)).RemindDueAsync(CancellationToken.None);
        Assert.Equal(staff, await RecipientsAsync(MedicineNotices.DueTitle, medicine));
        Assert.Equal(570, await app.WithDbAsync(db => db.Set<MedicineRequest>().Where(m => m.Id == requestId).Select(m => m.RemindedThrough).SingleAsync()));

        await Worker(At(date, 13, 46)).RemindDueAsync(CancellationToken.None);
        await Worker(At(date, 15, 0)).RemindDueAsync(CancellationToken.None);
        Assert.Equal(staff.Concat(staff).OrderBy(id => id), await RecipientsAsync(MedicineNotices.DueTitle, medicine));
        Assert.Contains("Uống lúc 14:00", await app.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(o => o.Subject == MedicineNotices.DueTitle && o.Body.Contains(medicine)).OrderByDescending(o => o.Id).Select(o => o.Body).FirstAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Times_that_cannot_be_read_give_one_reminder_at_the_start_of_the_school_day()
    {
        var medicine = $"Men {Guid.NewGuid():N}"[..16];
        await SendMedicineAsync(medicine, "1 gói", "sau bữa trưa");
        var (_, date) = await AsIfSentEarlyAsync(medicine);

        await Worker(At(date, 7, 0)).RemindDueAsync(CancellationToken.None);
        Assert.Empty(await RecipientsAsync(MedicineNotices.DueTitle, medicine));
        await Worker(At(date, 7, 20)).RemindDueAsync(CancellationToken.None);
        await Worker(At(date, 12, 0)).RemindDueAsync(CancellationToken.None);
        var reminded = await RecipientsAsync(MedicineNotices.DueTitle, medicine);
        Assert.NotEmpty(reminded);
        Assert.Equal(reminded.Distinct().Count(), reminded.Count);
    }

    [Fact]
    public async Task Each_dose_is_recorded_on_its_own_once_and_only_the_doses_not_given_are_reminded()
    {
        var medicine = $"Kháng sinh {Guid.NewGuid():N}"[..24];
        var (childId, _) = await SendMedicineAsync(medicine, "5 ml", "9h30 và 14h");
        var (requestId, date) = await AsIfSentEarlyAsync(medicine);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"/suc-khoe/tre/{childId}";

        // The morning dose, given early: its line says so, the afternoon's button is still there.
        var morning = await FormPoster.PostFormAsync(teacher, url, $"give-{requestId}", new Dictionary<string, string> { ["slot"] = "570" });
        var page = WebUtility.HtmlDecode(await morning.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, morning.StatusCode);
        Assert.Matches("Liều 09:30: đã cho uống lúc [0-9/]+ [0-9:]+ \\(", page);
        Assert.Contains("Ghi đã cho uống: Liều 14:00", page, StringComparison.Ordinal);

        // The reminders: none for the dose already given, one for the afternoon's.
        await Worker(At(date, 9, 16)).RemindDueAsync(CancellationToken.None);
        Assert.Empty(await RecipientsAsync(MedicineNotices.DueTitle, medicine));
        await Worker(At(date, 13, 46)).RemindDueAsync(CancellationToken.None);
        Assert.NotEmpty(await RecipientsAsync(MedicineNotices.DueTitle, medicine));

        // Four people record the afternoon dose at the same moment: one dose, the others told who gave it.
        var nurses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var client = app.CreateBrowserLikeClient();
            await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
            return client;
        }));
        var answers = await Task.WhenAll(nurses.Select(n => FormPoster.PostFormAsync(n, url, $"give-{requestId}", new Dictionary<string, string> { ["slot"] = "840" })));
        var doses = await app.WithDbAsync(db => db.Set<MedicineDose>().Where(d => d.MedicineRequestId == requestId).OrderBy(d => d.Slot).Select(d => d.Slot).ToListAsync());
        Assert.Equal([570, 840], doses);
        var refusals = new List<string>();
        foreach (var answer in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            var body = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
            Assert.True(answer.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)answer.StatusCode}: {body[..Math.Min(body.Length, 3000)]}");
            refusals.Add(body);
        }
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, r => Assert.Contains("Liều 14:00 đã được ghi là đã cho uống lúc", r, StringComparison.Ordinal));

        // A dose the family did not ask for is refused.
        var stray = await FormPoster.PostFormAsync(teacher, url, $"give-{requestId}", new Dictionary<string, string> { ["slot"] = "600" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stray.StatusCode);
        Assert.Contains("Đơn thuốc không có liều uống vào giờ này.", WebUtility.HtmlDecode(await stray.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<MedicineDose>().CountAsync(d => d.MedicineRequestId == requestId)));

        // The afternoon dose was recorded by mistake: taken back, its button is there again, the morning's stays.
        var undone = await FormPoster.PostFormAsync(teacher, url, $"give-{requestId}", new Dictionary<string, string> { ["undo"] = "840" });
        var after = WebUtility.HtmlDecode(await undone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Contains("Đã hủy ghi liều thuốc.", after, StringComparison.Ordinal);
        Assert.Contains("Ghi đã cho uống: Liều 14:00", after, StringComparison.Ordinal);
        Assert.Equal([570], await app.WithDbAsync(db => db.Set<MedicineDose>().Where(d => d.MedicineRequestId == requestId).Select(d => d.Slot).ToListAsync()));
    }
}
