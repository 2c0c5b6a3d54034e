using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>
/// Saves a unit of work and, in the same transaction, appends one chained audit entry per changed
/// personal-data row. Chain appends are serialised: in-process by one semaphore per database, across processes
/// by the unique sequence number (and a transaction-scoped advisory lock on PostgreSQL).
/// </summary>
/// <remarks>
/// The semaphore is always taken before the database's write lock. A transaction begun first would hold SQLite's
/// write lock while waiting for the semaphore, and the save holding the semaphore would wait for that write lock
/// until SQLite's busy timeout (30 s): work that needs several saves in one transaction uses
/// <see cref="BeginTransactionAsync"/>, which takes the semaphore first.
/// </remarks>
internal static class AuditedSave
{
    // Per database, not per process: the test hosts, each on its own database, must not wait on one another.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> ChainLocks = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Credentials and counters are not personal data to show in a log, and change on every sign-in.
    private static readonly HashSet<string> NotLogged = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LockoutEnd",
        "TwoFactorEnabled", "NormalizedEmail", "NormalizedUserName",
    };

    private sealed record PendingChange(EntityEntry Entry, string Action, string? Before, string? After);

    public static async Task<int> SaveAsync(SproutDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAuditedPersonalData && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Describe)
            .Where(p => p is not null)
            .Cast<PendingChange>()
            .ToList();
        if (pending.Count == 0)
        {
            return await save();
        }

        var chainLock = db.HoldsAuditChain ? null : ChainLockOf(db);
        if (chainLock is not null)
        {
            await chainLock.WaitAsync(ct);
        }
        try
        {
            var ownTransaction = db.Database.CurrentTransaction is null;
            await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
            // An audited transaction took the lock when it began (BeginTransactionAsync).
            if (!db.HoldsAuditChain)
            {
                await LockAcrossProcessesAsync(db, ct);
            }

            var written = await save();
            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
            var sequence = head?.Sequence ?? 0;
            var previousHash = head?.Hash ?? AuditChain.GenesisHash;
            var key = (db.Anchoring ?? throw new InvalidOperationException("This context has no audit anchoring: make contexts with SproutDbContextFactory.")).KeyForWriting();
            var at = AuditChain.StorableTime(TimeProvider.System.GetUtcNow());
            foreach (var change in pending)
            {
                var entity = (IAuditedPersonalData)change.Entry.Entity;
                var record = new AuditRecord(++sequence, at, db.Scope.UserId, db.Scope.UserName,
                    (change.Entry.Entity as ISchoolOwned)?.SchoolId ?? db.Scope.SchoolId,
                    change.Entry.Metadata.ClrType.Name, entity.Id.ToString(CultureInfo.InvariantCulture),
                    change.Action, change.Before, change.Action == "Thêm" ? Snapshot(change.Entry, current: true) : change.After);
                var hash = AuditChain.ComputeHash(previousHash, record);
                db.AuditEntries.Add(new AuditEntry
                {
                    Sequence = record.Sequence, At = record.At, UserId = record.UserId, UserName = record.UserName,
                    SchoolId = record.SchoolId, EntityType = record.EntityType, EntityKey = record.EntityKey,
                    Action = record.Action, Before = record.Before, After = record.After,
                    PreviousHash = previousHash, Hash = hash, Mac = AuditAnchor.ComputeMac(key, hash),
                });
                previousHash = hash;
            }
            written += await save();
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return written;
        }
        finally
        {
            chainLock?.Release();
        }
    }

    /// <summary>Begins a transaction for several saves, holding the audit chain first (see the remarks).</summary>
    public static async Task<AuditedTransaction> BeginTransactionAsync(SproutDbContext db, CancellationToken ct)
    {
        if (db.HoldsAuditChain)
        {
            throw new InvalidOperationException("An audited transaction is already open on this context.");
        }
        var chainLock = ChainLockOf(db);
        await chainLock.WaitAsync(ct);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(ct);
            // Held from the start, not from the first save: a check made inside ("is this the day's first photo?")
            // then stays true until the commit, across instances as the semaphore makes it within one.
            await LockAcrossProcessesAsync(db, ct);
            db.HoldsAuditChain = true;
            return new AuditedTransaction(db, transaction, chainLock);
        }
        catch
        {
            chainLock.Release();
            throw;
        }
    }

    /// <summary>PostgreSQL's transaction-scoped advisory lock for the chain; SQLite has one writer at a time anyway.</summary>
    private static async Task LockAcrossProcessesAsync(SproutDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7420001)", ct);
        }
    }

    private static SemaphoreSlim ChainLockOf(SproutDbContext db) =>
        ChainLocks.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));

    private static PendingChange? Describe(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => new PendingChange(entry, "Thêm", null, null),
        EntityState.Deleted => new PendingChange(entry, "Xóa", Snapshot(entry, current: false), null),
        EntityState.Modified when entry.Properties.Any(p => p.IsModified && !NotLogged.Contains(p.Metadata.Name)) =>
            new PendingChange(entry, "Sửa", Snapshot(entry, current: false, onlyModified: true), Snapshot(entry, current: true, onlyModified: true)),
        _ => null,
    };

    private static string Snapshot(EntityEntry entry, bool current, bool onlyModified = false)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if ((onlyModified && !property.IsModified) || NotLogged.Contains(property.Metadata.Name))
            {
                continue;
            }
            values[property.Metadata.Name] = current ? property.CurrentValue : property.OriginalValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
