namespace Sprout.Web.Platform.Audit;

/// <summary>Append-only: rows are only ever inserted; <see cref="Sprout.Domain.Audit.AuditChain"/> makes edits detectable.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public required string UserName { get; set; }
    public int? SchoolId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>HMAC of <see cref="Hash"/> with the key kept outside the database; null for entries written before the anchor.</summary>
    public string? Mac { get; set; }
}
