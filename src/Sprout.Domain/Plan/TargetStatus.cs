namespace Sprout.Domain.Plan;

/// <summary>Where a target stands on a given day; see <see cref="TargetEvaluator"/> for the rules.</summary>
public enum TargetStatus
{
    /// <summary>No value recorded yet.</summary>
    NoData = 0,

    Achieved = 1,

    /// <summary>Not met yet but on course, or not met at a deadline already past.</summary>
    NotAchieved = 2,

    /// <summary>Not met and, on the evidence, unlikely to be met by the due date.</summary>
    AtRisk = 3,
}

/// <summary>Vietnamese labels of the statuses, lower case as they read in a table cell or mid-sentence.</summary>
public static class TargetStatuses
{
    public static string Label(this TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "đạt",
        TargetStatus.NotAchieved => "chưa đạt",
        TargetStatus.AtRisk => "có nguy cơ",
        TargetStatus.NoData => "chưa có số liệu",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

/// <summary>
/// The status with the numbers behind it: the date the goal is due by, the value the trend projects for that
/// date (if there was a trend), and a one-sentence Vietnamese explanation for the dashboard.
/// </summary>
public sealed record TargetAssessment(TargetStatus Status, DateOnly DueDate, double? Projected, string Explanation)
{
    public string Label => Status.Label();
}
