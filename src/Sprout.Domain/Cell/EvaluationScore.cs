namespace Sprout.Domain.Cell;

/// <summary>
/// The 100-point scale of Quy định 366-QĐ/TW (30/8/2025, Bộ Chính trị), which replaced Quy định 124-QĐ/TW (4/10/2023):
/// the total score of the evaluation criteria bounds the level a member can be rated.
/// </summary>
/// <remarks>
/// Checked (Điều 11, as quoted by Báo Lao Động and Thư viện Pháp luật, 2025): Hoàn thành xuất sắc nhiệm vụ from 90
/// points, Hoàn thành tốt nhiệm vụ from 70 to under 90, Hoàn thành nhiệm vụ from 50 to under 70. "Under 50 is Không
/// hoàn thành nhiệm vụ" follows from those bands and is what Nghị định 335/2025/NĐ-CP states for civil servants; it
/// was not read in 366 itself (NOT VERIFIED). Each level also has conditions beyond the score (for example at least
/// 30 % of tasks done beyond the requirement for Hoàn thành xuất sắc nhiệm vụ, and disciplinary cases that cap the
/// level), which the cell judges: the score gives the best level the member can be rated, never more.
/// </remarks>
public static class EvaluationScore
{
    public const decimal Excellent = 90m;
    public const decimal Good = 70m;
    public const decimal Completed = 50m;

    /// <summary>The best level a total score allows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0–100.</exception>
    public static EvaluationLevel BestLevel(decimal score)
    {
        if (score is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "Điểm đánh giá phải từ 0 đến 100.");
        }
        return score switch
        {
            >= Excellent => EvaluationLevel.Excellent,
            >= Good => EvaluationLevel.Good,
            >= Completed => EvaluationLevel.Completed,
            _ => EvaluationLevel.NotCompleted,
        };
    }

    /// <summary>Null when <paramref name="level"/> is allowed by <paramref name="score"/>, otherwise the Vietnamese reason.</summary>
    public static string? Refusal(EvaluationLevel level, decimal score)
    {
        var best = BestLevel(score);
        return level.IsAtLeast(best) && level != best
            ? $"Tổng điểm {score.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}/100 chỉ cho phép xếp loại từ mức “{best.Name()}” trở xuống (Quy định 366-QĐ/TW)."
            : null;
    }
}
