namespace Sprout.Domain.Cell;

/// <summary>
/// The cell's secret-ballot decision on one member's yearly rating.
/// </summary>
/// <remarks>
/// A level is adopted when the votes for it or for a better level exceed half of the members entitled to vote;
/// the best such level wins. So "Hoàn thành xuất sắc nhiệm vụ" needs more than half for Excellent alone,
/// "Hoàn thành tốt nhiệm vụ" more than half for Excellent and Good together, and so on. Half is taken of the
/// entitled voters, not of the papers cast, so absent members weigh against every level. When no level gets there,
/// there is no rating: the cell votes again rather than the software picking one.
/// </remarks>
public sealed record BallotDecision
{
    private BallotDecision(EvaluationLevel? level, string? reason, double excellentVoteShare)
    {
        Level = level;
        Reason = reason;
        ExcellentVoteShare = excellentVoteShare;
    }

    /// <summary>The adopted level, or null when the cell must vote again.</summary>
    public EvaluationLevel? Level { get; }

    /// <summary>Why no level was adopted, in Vietnamese; null when decided.</summary>
    public string? Reason { get; }

    /// <summary>Votes for Excellent over entitled voters: what <see cref="ExcellenceQuota"/> ranks by.</summary>
    public double ExcellentVoteShare { get; }

    public bool IsDecided => Level is not null;

    /// <exception cref="ArgumentException">Negative counts, an unknown level, no entitled voters or more votes than voters.</exception>
    public static BallotDecision Decide(IReadOnlyDictionary<EvaluationLevel, int> votes, int entitledVoters)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (entitledVoters <= 0)
        {
            throw new ArgumentException("Số đảng viên có quyền biểu quyết phải lớn hơn 0.", nameof(entitledVoters));
        }

        var total = 0;
        foreach (var (level, count) in votes)
        {
            if (!EvaluationLevels.IsDefined(level))
            {
                throw new ArgumentException("Phiếu có mức xếp loại không hợp lệ.", nameof(votes));
            }

            if (count < 0)
            {
                throw new ArgumentException($"Số phiếu cho mức “{level.Name()}” không được âm.", nameof(votes));
            }

            total += count;
        }

        if (total > entitledVoters)
        {
            throw new ArgumentException(
                $"Tổng số phiếu ({CellFormat.Number(total)}) vượt quá số đảng viên có quyền biểu quyết ({CellFormat.Number(entitledVoters)}).",
                nameof(votes));
        }

        var share = (double)votes.GetValueOrDefault(EvaluationLevel.Excellent) / entitledVoters;
        var cumulative = 0;
        foreach (var level in EvaluationLevels.All)
        {
            cumulative += votes.GetValueOrDefault(level);

            // Integer comparison: "more than half" of an odd number must not depend on rounding.
            if (cumulative * 2 > entitledVoters)
            {
                return new BallotDecision(level, null, share);
            }
        }

        return new BallotDecision(
            null,
            $"Không có mức xếp loại nào được quá một nửa số đảng viên có quyền biểu quyết ({CellFormat.Number(entitledVoters)}) tán thành; chi bộ cần bỏ phiếu lại.",
            share);
    }
}
