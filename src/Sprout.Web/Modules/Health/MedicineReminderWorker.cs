using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Health;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// Reminds the class's teachers and the nurses shortly before each dose of today's medicine requests (at the start of
/// the school day when the family's times cannot be read), by <see cref="MedicineSchedule"/>. Each request's reminded
/// slot is claimed in the database before its message is queued, in one transaction, so a restart, a second run or a
/// second instance never reminds twice. Runs at start and every five minutes.
/// </summary>
public sealed class MedicineReminderWorker(SproutDbContextFactory contexts, NotificationOutbox outbox, TimeProvider clock, ILogger<MedicineReminderWorker> logger)
    : PeriodicWorker(clock, logger)
{
    protected override TimeSpan Every { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Queues the reminders due now; returns how many were sent.</summary>
    public Task<int> RemindDueAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override async Task<int> RunAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var today = Platform.Text.VietnameseFormat.Today(Clock);
        var minute = MedicineNotices.MinuteOfDay(now);
        await using var db = contexts.Create(SchoolScope.System);
        var requests = await db.Set<MedicineRequest>().Where(m => m.Date == today).OrderBy(m => m.Id).ToListAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var given = (await db.Set<MedicineDose>().AsNoTracking().Where(d => ids.Contains(d.MedicineRequestId))
            .Select(d => new { d.MedicineRequestId, d.Slot }).ToListAsync(ct)).ToLookup(d => d.MedicineRequestId, d => d.Slot);
        var sent = 0;
        foreach (var request in requests)
        {
            if (MedicineSchedule.Due(MedicineSchedule.Slots(request.Times), minute, request.RemindedThrough, given[request.Id].ToList()) is not { } due)
            {
                continue;
            }
            // The claim: another run or instance finds the slot taken (PostgreSQL re-checks the condition after the row lock).
            await using var transaction = await db.BeginAuditedTransactionAsync(ct);
            var claimed = await db.Set<MedicineRequest>().Where(m => m.Id == request.Id && (m.RemindedThrough == null || m.RemindedThrough < due.Slot))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.RemindedThrough, due.Slot), ct);
            if (claimed == 1 && due.Send)
            {
                await MedicineNotices.EnqueueAsync(db, outbox, request, MedicineNotices.DueTitle, $"Uống lúc {MedicineSchedule.Format(due.Slot)}:", ct);
                await db.SaveChangesAsync(ct);
                sent++;
            }
            await transaction.CommitAsync(ct);
        }
        return sent;
    }
}
