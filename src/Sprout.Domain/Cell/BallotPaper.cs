namespace Sprout.Domain.Cell;

/// <summary>
/// One voter's paper: a level for every member being rated. It carries no voter, so once added to a
/// <see cref="BallotTally"/> nothing links it back to who cast it.
/// </summary>
public sealed class BallotPaper
{
    public BallotPaper(IReadOnlyDictionary<int, EvaluationLevel> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var (subject, level) in choices)
        {
            if (!EvaluationLevels.IsDefined(level))
            {
                throw new ArgumentException($"Mức xếp loại cho đảng viên có mã {CellFormat.Number(subject)} không hợp lệ.", nameof(choices));
            }
        }

        // Copied so a caller changing its dictionary afterwards cannot alter a paper already checked.
        Choices = new Dictionary<int, EvaluationLevel>(choices);
    }

    public IReadOnlyDictionary<int, EvaluationLevel> Choices { get; }
}
