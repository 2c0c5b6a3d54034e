using Sprout.Web.Platform.Schools;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// The school's assessment periods of a school year, labelled as the domain assessments always were
/// ("2026-2027 cuối năm"). The labels sort in time order, so the latest period is the greatest label.
/// </summary>
public static class DevelopmentPeriods
{
    public const string MidYear = "hk1";

    public static string EndOfYear(DateOnly today) => $"{SchoolYear.Label(SchoolYear.StartYear(today))} cuối năm";

    public static string EndOfFirstTerm(DateOnly today) => $"{SchoolYear.Label(SchoolYear.StartYear(today))} cuối học kỳ I";

    /// <summary>The period a page shows: the end of the first term when asked for, otherwise the end of the year.</summary>
    public static string Of(string? key, DateOnly today) => key == MidYear ? EndOfFirstTerm(today) : EndOfYear(today);
}
