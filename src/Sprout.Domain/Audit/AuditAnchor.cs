using System.Security.Cryptography;
using System.Text;

namespace Sprout.Domain.Audit;

/// <summary>A stored link with its HMAC (null for entries written before the chain was anchored).</summary>
public sealed record AnchoredAuditRecord(ChainedAuditRecord Link, string? Mac);

/// <summary>
/// Anchors the hash chain outside the database. The hash chain alone shows an edited entry, but someone who can write
/// the table can also delete its last entries, or rewrite an entry and recompute every later hash. Two anchors close
/// those: an HMAC over each link with a key the database does not hold (a rewrite cannot produce valid HMACs), and
/// checkpoints of the head kept where the database cannot change them (fewer entries, or another hash at a
/// checkpointed sequence, shows a truncation or a rewrite).
/// </summary>
public static class AuditAnchor
{
    /// <summary>Domain separation: this key signs audit links and nothing else.</summary>
    private const string MacContext = "sprout-audit-link-v1";

    public static string ComputeMac(byte[] key, string hash)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(hash);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{MacContext}\u001f{hash}")));
    }

    /// <summary>
    /// The hash chain, then the HMACs (their presence from the anchored sequence on; their value when the key is
    /// given), then every checkpoint against what is stored.
    /// </summary>
    /// <param name="records">Every stored entry, by sequence.</param>
    /// <param name="key">The HMAC key, or null where it is not available (the presence of HMACs is still checked).</param>
    /// <param name="checkpoints">Every checkpoint read from outside the database, in any order.</param>
    public static AuditVerification Verify(IReadOnlyList<AnchoredAuditRecord> records, byte[]? key, IReadOnlyList<AuditCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var chain = AuditChain.Verify(records.Select(r => r.Link));
        var last = checkpoints.OrderBy(c => c.Sequence).ThenBy(c => c.At).LastOrDefault();

        // Where HMACs start is taken from the checkpoints when they say it: a rewrite that dropped the HMACs
        // of the first anchored entries must not move the start forward.
        var recorded = checkpoints.Where(c => c.AnchoredFrom is not null).Select(c => c.AnchoredFrom!.Value).DefaultIfEmpty(long.MaxValue).Min();
        var firstWithMac = records.FirstOrDefault(r => r.Mac is not null)?.Link.Record.Sequence;
        long? anchoredFrom = recorded != long.MaxValue ? Math.Min(recorded, firstWithMac ?? recorded) : firstWithMac;
        var unverified = (key, last) switch
        {
            (null, _) when anchoredFrom is not null => "Không có khóa HMAC của nhật ký ở nơi kiểm tra: chỉ kiểm tra được chuỗi mã băm và điểm mốc, chưa kiểm tra được mã xác thực.",
            (_, null) => "Chưa có điểm mốc nào: chưa phát hiện được việc xóa các bản ghi cuối.",
            _ => null,
        };
        AuditVerification Result(long checkedCount, long? broken, string? reason) =>
            new(checkedCount, broken, reason) { AnchoredFrom = anchoredFrom, MacChecked = key is not null && anchoredFrom is not null, LastCheckpoint = last, Unverified = unverified };

        if (!chain.IsIntact)
        {
            return Result(chain.Checked, chain.FirstBrokenSequence, chain.Reason);
        }

        if (anchoredFrom is { } from)
        {
            foreach (var record in records.Where(r => r.Link.Record.Sequence >= from))
            {
                var sequence = record.Link.Record.Sequence;
                if (record.Mac is null)
                {
                    return Result(chain.Checked, sequence, $"Bản ghi số {sequence} thiếu mã xác thực (HMAC) dù nhật ký được neo từ bản ghi số {from}: bản ghi đã bị viết lại.");
                }
                if (key is not null && !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(record.Mac), Encoding.ASCII.GetBytes(ComputeMac(key, record.Link.Hash))))
                {
                    return Result(chain.Checked, sequence, $"Mã xác thực (HMAC) của bản ghi số {sequence} không khớp: bản ghi đã bị viết lại cùng các mã băm sau nó.");
                }
            }
        }

        var head = records.Count == 0 ? 0 : records[^1].Link.Record.Sequence;
        foreach (var checkpoint in checkpoints.OrderBy(c => c.Sequence))
        {
            if (checkpoint.Sequence > head || checkpoint.Count > records.Count)
            {
                return Result(chain.Checked, head + 1,
                    $"Nhật ký chỉ còn {records.Count} bản ghi, ít hơn {checkpoint.Describe()}: các bản ghi cuối đã bị xóa.");
            }
            if (checkpoint.Sequence > 0 && !string.Equals(records[(int)checkpoint.Sequence - 1].Link.Hash, checkpoint.Hash, StringComparison.Ordinal))
            {
                return Result(chain.Checked, checkpoint.Sequence,
                    $"Mã băm của bản ghi số {checkpoint.Sequence} khác với {checkpoint.Describe()}: chuỗi đã bị viết lại.");
            }
        }

        return Result(chain.Checked, null, null);
    }
}
