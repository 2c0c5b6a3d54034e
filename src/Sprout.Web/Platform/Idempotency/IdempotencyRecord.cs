using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Idempotency;

/// <summary>
/// A write sent with an idempotency key (a phone's offline queue sends each one until it hears back), and how it
/// ended, so a second send of the same key answers the same without writing again. Kept seven days.
/// </summary>
public sealed class IdempotencyRecord : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int UserId { get; set; }

    /// <summary>Made by the client (a UUID); unique per account, never trusted across accounts.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>UTC. A DateTime rather than a DateTimeOffset so that SQLite can compare it in the cleanup's query.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The HTTP status the first send answered (200, 403, 422 …).</summary>
    public int Status { get; set; }

    /// <summary>The Vietnamese message the first send showed, shown again on a replay.</summary>
    public string? Message { get; set; }

    /// <summary>A saved write whose message is a warning (e.g. a pick-up by someone not on the list).</summary>
    public bool Warning { get; set; }
}
