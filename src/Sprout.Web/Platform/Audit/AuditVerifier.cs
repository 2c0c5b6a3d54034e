using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>Walks the whole stored chain, streaming, and reports the first broken link.</summary>
public sealed class AuditVerifier(SproutDbContext db)
{
    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => VerifyAsync(db, ct);

    public static async Task<AuditVerification> VerifyAsync(SproutDbContext db, CancellationToken ct)
    {
        var rows = db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable();
        var records = new List<ChainedAuditRecord>();
        await foreach (var a in rows.WithCancellation(ct))
        {
            records.Add(new ChainedAuditRecord(
                new AuditRecord(a.Sequence, a.At, a.UserId, a.UserName, a.SchoolId, a.EntityType, a.EntityKey, a.Action, a.Before, a.After),
                a.PreviousHash, a.Hash));
        }
        return AuditChain.Verify(records);
    }
}
