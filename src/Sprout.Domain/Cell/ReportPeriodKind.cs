namespace Sprout.Domain.Cell;

/// <summary>The cell's periodic reports to the ward Party committee.</summary>
public enum ReportPeriodKind
{
    Month = 0,
    Quarter = 1,
    Year = 2,
}

/// <summary>Vietnamese names of the report periods.</summary>
public static class ReportPeriodKinds
{
    /// <summary>"tháng", "quý", "năm": lower case, as it appears mid-sentence.</summary>
    public static string Name(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Month => "tháng",
        ReportPeriodKind.Quarter => "quý",
        ReportPeriodKind.Year => "năm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
