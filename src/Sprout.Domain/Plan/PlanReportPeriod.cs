using System.Globalization;

namespace Sprout.Domain.Plan;

/// <summary>The period a report to the ward covers: a quarter or a calendar year.</summary>
public sealed record PlanReportPeriod
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private PlanReportPeriod(int year, int? quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), "Quý phải từ 1 đến 4.");
        }

        YearNumber = year;
        QuarterNumber = quarter;
    }

    public int YearNumber { get; }

    /// <summary>1–4 for a quarter report, null for a year report.</summary>
    public int? QuarterNumber { get; }

    public bool IsQuarter => QuarterNumber.HasValue;

    public DateOnly Start => new(YearNumber, QuarterNumber is { } q ? ((q - 1) * 3) + 1 : 1, 1);

    public DateOnly End => QuarterNumber is { } q ? Start.AddMonths(3).AddDays(-1) : new DateOnly(YearNumber, 12, 31);

    /// <summary>"Quý I năm 2026" or "năm 2026".</summary>
    public string Label => (QuarterNumber is { } q ? "Quý " + Roman[q - 1] + " " : string.Empty)
        + "năm " + YearNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>"quý" or "năm", as in "Phương hướng, nhiệm vụ quý tới".</summary>
    public string KindName => IsQuarter ? "quý" : "năm";

    public static PlanReportPeriod Quarter(int year, int quarter) => new(year, quarter);

    public static PlanReportPeriod Year(int year) => new(year, null);
}
