using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Health;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// Reminds the class's teachers and the nurses shortly before each dose of today's medicine requests (at the start of
/// the school day when the family's times cannot be read), by <see cref="MedicineSchedule"/>. Each request's reminded
/// slot is claimed in the database before its message is queued, in one transaction, so a restart, a second run or a
/// second instance never reminds twice. Runs at start and every five minutes.
/// </summary>
public sealed class MedicineReminderWorker(SproutDbContextFactory contexts, NotificationOutbox outbox, TimeProvider clock, ILogger<MedicineReminderWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _running = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RemindDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Medicine reminders failed; retrying in five minutes.");
            }
            await Task.Delay(Every, clock, stoppingToken);
        }
    }

    /// <summary>Queues the reminders due now; returns how many were sent.</summary>
    public async Task<int> RemindDueAsync(CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            var today = Platform.Text.VietnameseFormat.Today(clock);
            var minute = MedicineNotices.MinuteOfDay(now);
            await using var db = contexts.Create(SchoolScope.System);
            var requests = await db.Set<MedicineRequest>().Where(m => m.Date == today).OrderBy(m => m.Id).ToListAsync(ct);
            var sent = 0;
            foreach (var request in requests)
            {
                var given = request.GivenAt is { } at ? MedicineNotices.MinuteOfDay(at) : (int?)null;
                if (MedicineSchedule.Due(MedicineSchedule.Slots(request.Times), minute, request.RemindedThrough, given) is not { } due)
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
        finally
        {
            _running.Release();
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
    }
}
