using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sprout.Domain.Audit;

/// <summary>
/// The audit chain's head at a moment, written outside the database (an append-only file and the log), so that
/// deleting the last entries or rewriting the chain can be noticed later.
/// </summary>
/// <param name="Sequence">The head's sequence number (0 for an empty chain).</param>
/// <param name="Hash">The head's hash.</param>
/// <param name="Count">Entries in the chain at that moment.</param>
/// <param name="AnchoredFrom">The first entry carrying an HMAC, when the chain had one.</param>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("anchoredFrom")] long? AnchoredFrom)
{
    /// <summary>One line of the checkpoint file.</summary>
    public string ToLine() => JsonSerializer.Serialize(this);

    /// <summary>Null for a line that is not a checkpoint (a torn last line after a crash, a comment).</summary>
    public static AuditCheckpoint? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || !line.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(line);
            return checkpoint is { Hash.Length: 64, Sequence: >= 0, Count: >= 0 } ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"điểm mốc lúc {At.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm} (bản ghi số {Sequence}, {Count} bản ghi)");
}
