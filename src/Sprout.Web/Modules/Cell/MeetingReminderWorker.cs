using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// Reminds every member the day before a planned meeting (or on the day, if the server was down the day before),
/// unless a reminder already went out from the day before on, by the committee's button, an earlier run or another instance.
/// Runs at start and every hour; the day is Vietnam's.
/// </summary>
public sealed class MeetingReminderWorker(SproutDbContextFactory contexts, NotificationOutbox outbox, TimeProvider clock, ILogger<MeetingReminderWorker> logger)
    : PeriodicWorker(clock, logger)
{
    protected override TimeSpan Every { get; } = TimeSpan.FromHours(1);

    /// <summary>Sends the reminders due now; returns how many meetings were reminded.</summary>
    public Task<int> RemindDueAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override async Task<int> RunAsync(CancellationToken ct)
    {
        var today = Platform.Text.VietnameseFormat.Today(Clock);
        var tomorrow = today.AddDays(1);
        await using var db = contexts.Create(SchoolScope.System);
        var planned = await db.Set<CellMeeting>().Where(m => m.Stage == MeetingStage.Planned && m.Date >= today && m.Date <= tomorrow).ToListAsync(ct);
        var due = planned.Where(m => m.RemindedOn is null || m.RemindedOn < m.Date.AddDays(-1)).ToList();
        var sent = 0;
        foreach (var meeting in due)
        {
            // Claim the meeting first: another instance of the app running the same hour finds it claimed
            // (PostgreSQL re-checks the condition after the row lock) and sends nothing.
            var dayBefore = meeting.Date.AddDays(-1);
            await using var transaction = await db.BeginAuditedTransactionAsync(ct);
            var claimed = await db.Set<CellMeeting>().Where(m => m.Id == meeting.Id && (m.RemindedOn == null || m.RemindedOn < dayBefore))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.RemindedOn, today), ct);
            if (claimed == 1)
            {
                await MeetingNotices.RemindAsync(db, outbox, meeting, today, ct);
                await db.SaveChangesAsync(ct);
                sent++;
            }
            await transaction.CommitAsync(ct);
        }
        return sent;
    }
}
