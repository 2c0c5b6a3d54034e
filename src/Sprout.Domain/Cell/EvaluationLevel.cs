namespace Sprout.Domain.Cell;

/// <summary>
/// The four ratings of a Party member: Quy định 366-QĐ/TW (30/8/2025), which replaced Quy định 124-QĐ/TW and kept
/// the four levels; the 100-point bands are in <see cref="EvaluationScore"/>. Lower values are better, so "this level or a
/// better one" is <c>level &lt;= target</c>.
/// </summary>
public enum EvaluationLevel
{
    /// <summary>Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent = 0,

    /// <summary>Hoàn thành tốt nhiệm vụ.</summary>
    Good = 1,

    /// <summary>Hoàn thành nhiệm vụ.</summary>
    Completed = 2,

    /// <summary>Không hoàn thành nhiệm vụ.</summary>
    NotCompleted = 3,
}

/// <summary>The Vietnamese names of the ratings, in full and as the abbreviations used on ballot sheets and tallies.</summary>
public static class EvaluationLevels
{
    /// <summary>Best first: the order in which the ballot rule accumulates votes.</summary>
    public static IReadOnlyList<EvaluationLevel> All { get; } =
        [EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Completed, EvaluationLevel.NotCompleted];

    public static string Name(this EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        EvaluationLevel.Good => "Hoàn thành tốt nhiệm vụ",
        EvaluationLevel.Completed => "Hoàn thành nhiệm vụ",
        EvaluationLevel.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string ShortName(this EvaluationLevel level) => level switch
    {
        EvaluationLevel.Excellent => "HTXSNV",
        EvaluationLevel.Good => "HTTNV",
        EvaluationLevel.Completed => "HTNV",
        EvaluationLevel.NotCompleted => "KHTNV",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>True when <paramref name="level"/> is <paramref name="than"/> or better.</summary>
    public static bool IsAtLeast(this EvaluationLevel level, EvaluationLevel than) => level <= than;

    internal static bool IsDefined(EvaluationLevel level) =>
        level is >= EvaluationLevel.Excellent and <= EvaluationLevel.NotCompleted;
}
