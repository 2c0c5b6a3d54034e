using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>
/// Walks the whole stored chain and reports the first broken link: an edited entry (hash chain), a rewritten one
/// (HMAC), entries deleted from the end (checkpoints); see <see cref="AuditAnchor"/>.
/// </summary>
public sealed class AuditVerifier(SproutDbContext db)
{
    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => VerifyAsync(db, ct);

    public static async Task<AuditVerification> VerifyAsync(SproutDbContext db, CancellationToken ct)
    {
        var anchoring = db.Anchoring ?? throw new InvalidOperationException("This context has no audit anchoring: make contexts with SproutDbContextFactory.");
        var rows = db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable();
        var records = new List<AnchoredAuditRecord>();
        await foreach (var a in rows.WithCancellation(ct))
        {
            records.Add(new AnchoredAuditRecord(
                new ChainedAuditRecord(
                    new AuditRecord(a.Sequence, a.At, a.UserId, a.UserName, a.SchoolId, a.EntityType, a.EntityKey, a.Action, a.Before, a.After),
                    a.PreviousHash, a.Hash),
                a.Mac));
        }
        return AuditAnchor.Verify(records, anchoring.KeyForChecking(), anchoring.ReadCheckpoints());
    }
}
