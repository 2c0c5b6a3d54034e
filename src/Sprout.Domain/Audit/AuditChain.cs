using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sprout.Domain.Audit;

/// <summary>One change to personal data, in the form the hash chain covers.</summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset At,
    int? UserId,
    string UserName,
    int? SchoolId,
    string EntityType,
    string EntityKey,
    string Action,
    string? Before,
    string? After);

/// <summary>A stored record with the hash the chain gave it.</summary>
public sealed record ChainedAuditRecord(AuditRecord Record, string PreviousHash, string Hash);

public sealed record AuditVerification(long Checked, long? FirstBrokenSequence, string? Reason)
{
    public bool IsIntact => FirstBrokenSequence is null;

    /// <summary>The first record whose link carries an HMAC that must verify; null when no record is anchored yet.</summary>
    public long? AnchoredFrom { get; init; }

    /// <summary>True when the HMACs were checked with the key (not only their presence).</summary>
    public bool MacChecked { get; init; }

    /// <summary>The latest checkpoint the stored chain was compared with, if any.</summary>
    public AuditCheckpoint? LastCheckpoint { get; init; }

    /// <summary>Why part of the anchor could not be checked here (no key, no checkpoint), in Vietnamese; null when all was.</summary>
    public string? Unverified { get; init; }
}

/// <summary>
/// Tamper evidence for the audit log: each record's hash covers the previous hash, so editing,
/// deleting or reordering any stored record breaks every link after it.
/// </summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(string previousHash, AuditRecord record)
    {
        // A unit separator cannot occur in the JSON or names we store, so fields cannot run together.
        const char Sep = '\u001f';
        var canonical = string.Join(Sep,
            previousHash,
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            record.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            record.UserId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            record.UserName,
            record.SchoolId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            record.EntityType,
            record.EntityKey,
            record.Action,
            record.Before ?? "\u2400",
            record.After ?? "\u2400");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Truncates to whole microseconds: the precision both SQLite text and PostgreSQL keep.</summary>
    public static DateTimeOffset StorableTime(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    public static AuditVerification Verify(IEnumerable<ChainedAuditRecord> recordsInOrder)
    {
        var previous = GenesisHash;
        long expectedSequence = 1;
        long count = 0;
        foreach (var item in recordsInOrder)
        {
            var sequence = item.Record.Sequence;
            if (sequence != expectedSequence)
            {
                return new AuditVerification(count, expectedSequence, $"Thiếu hoặc sai thứ tự bản ghi: mong đợi số {expectedSequence}, gặp số {sequence}.");
            }
            if (!string.Equals(item.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditVerification(count, sequence, $"Bản ghi số {sequence} không nối với bản ghi trước.");
            }
            if (!string.Equals(ComputeHash(previous, item.Record), item.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(count, sequence, $"Nội dung bản ghi số {sequence} đã bị thay đổi.");
            }
            previous = item.Hash;
            expectedSequence++;
            count++;
        }
        return new AuditVerification(count, null, null);
    }
}
