using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Platform.Idempotency;

/// <summary>How a write ended: its HTTP status, the message shown, and whether it is a replay of an earlier send.</summary>
public sealed record IdempotentOutcome(int Status, string? Message, bool Warning = false, bool Replayed = false)
{
    public static IdempotentOutcome Done(string? message, bool warning = false) => new(StatusCodes.Status200OK, message, warning);
}

/// <summary>
/// The one place where a write sent with an <c>Idempotency-Key</c> is done at most once (decision 0230). The key is
/// claimed in the same transaction as the write, so either both are stored or neither; a second send of a key already
/// done gets the first outcome back without writing; two sends at the same moment are decided by the unique index on
/// (UserId, Key), on SQLite and PostgreSQL alike. A rule's refusal (422) and an access refusal (403) are recorded
/// too; an unexpected failure records nothing, so the client's retry runs the write again.
/// </summary>
public sealed class IdempotencyGate(SproutDbContext db, TimeProvider clock, ILogger<IdempotencyGate> logger)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 64;
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    // One cleanup an hour per database and process is plenty for rows kept a week.
    private static readonly ConcurrentDictionary<string, DateTime> LastCleanup = new(StringComparer.Ordinal);

    /// <summary>The request's key, or null when it has none or one that is not a plausible client key.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var key = request.Headers[Header].ToString().Trim();
        return key.Length is >= 8 and <= MaxKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? key : null;
    }

    /// <summary>
    /// Runs <paramref name="write"/> once for this account and key. Without a key (a plain form post) it simply runs.
    /// A <see cref="RuleException"/> from the write becomes a 422 outcome (403 for <see cref="AccessRefusedException"/>)
    /// with its message, and anything the refused write had tracked is discarded.
    /// </summary>
    public async Task<IdempotentOutcome> RunAsync(string? key, Func<Task<IdempotentOutcome>> write, CancellationToken ct)
    {
        if (key is null || db.Scope is not { SchoolId: { } schoolId, UserId: { } userId })
        {
            return await RefusalsAsOutcomeAsync(write);
        }
        if (await FindAsync(userId, key, ct) is { } done)
        {
            return done;
        }

        IdempotentOutcome outcome;
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.BeginAuditedTransactionAsync(ct))
        {
            var record = new IdempotencyRecord { SchoolId = schoolId, UserId = userId, Key = key, CreatedAt = now };
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (Errors.DatabaseFailures.IsUniqueViolation(ex))
            {
                // Another send of this key got there first and has committed: answer as it did.
                db.ChangeTracker.Clear();
                await transaction.DisposeAsync();
                return await FindAsync(userId, key, ct) ?? throw new InvalidOperationException("The idempotency key was taken but cannot be read.", ex);
            }

            try
            {
                outcome = await write();
            }
            catch (RuleException refused)
            {
                // Nothing of the refused write may be saved with the record of its refusal.
                await transaction.DisposeAsync();
                db.ChangeTracker.Clear();
                outcome = Refused(refused);
                db.Add(new IdempotencyRecord { SchoolId = schoolId, UserId = userId, Key = key, CreatedAt = now, Status = outcome.Status, Message = Cut(outcome.Message) });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex) when (Errors.DatabaseFailures.IsUniqueViolation(ex))
                {
                    db.ChangeTracker.Clear();
                    return await FindAsync(userId, key, ct) ?? outcome;
                }
                await CleanupAsync(now, ct);
                return outcome;
            }
            (record.Status, record.Message, record.Warning) = (outcome.Status, Cut(outcome.Message), outcome.Warning);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await CleanupAsync(now, ct);
        return outcome;
    }

    private static async Task<IdempotentOutcome> RefusalsAsOutcomeAsync(Func<Task<IdempotentOutcome>> write)
    {
        try
        {
            return await write();
        }
        catch (RuleException refused)
        {
            return Refused(refused);
        }
    }

    private static IdempotentOutcome Refused(RuleException refused) => new(
        refused is AccessRefusedException ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity, refused.Message);

    private async Task<IdempotentOutcome?> FindAsync(int userId, string key, CancellationToken ct)
    {
        var done = await db.Set<IdempotencyRecord>().AsNoTracking()
            .Where(r => r.UserId == userId && r.Key == key)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Status, r.Message, r.Warning })
            .FirstOrDefaultAsync(ct);
        return done is null ? null : new IdempotentOutcome(done.Status, done.Message, done.Warning, Replayed: true);
    }

    private async Task CleanupAsync(DateTime now, CancellationToken ct)
    {
        var database = db.Database.GetConnectionString() ?? string.Empty;
        if (LastCleanup.TryGetValue(database, out var last) && now - last < TimeSpan.FromHours(1))
        {
            return;
        }
        LastCleanup[database] = now;
        try
        {
            await RemoveExpiredAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
        {
            // The write is done; old keys wait for the next cleanup.
            logger.LogWarning(ex, "Idempotency keys older than {Days} days were not removed", KeptFor.TotalDays);
        }
    }

    /// <summary>Deletes the keys older than <see cref="KeptFor"/> (of the context's school, or all for system work).</summary>
    public Task<int> RemoveExpiredAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeptFor;
        return db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    private static string? Cut(string? message) => message is { Length: > 500 } ? message[..500] : message;

}
