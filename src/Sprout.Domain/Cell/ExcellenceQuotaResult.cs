namespace Sprout.Domain.Cell;

/// <summary>The levels after the quota, in the order the candidates were given, with what the cell should know.</summary>
/// <param name="Allowed">How many members may be rated Excellent.</param>
/// <param name="Downgraded">Members moved from Excellent to Good, ascending.</param>
/// <param name="Notes">Vietnamese remarks: the quota applied and any tie the software had to break.</param>
public sealed record ExcellenceQuotaResult(
    int Allowed,
    IReadOnlyList<ExcellenceCandidate> Final,
    IReadOnlyList<int> Downgraded,
    IReadOnlyList<string> Notes);
