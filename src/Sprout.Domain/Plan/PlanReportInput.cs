namespace Sprout.Domain.Plan;

/// <summary>A target's value as gathered by the caller from the capability that supplies it.</summary>
public sealed record TargetReading(Target Target, double? Value, IReadOnlyList<(DateOnly Month, double? Value)>? History = null);

/// <summary>What a periodic report on the plan's targets is built from.</summary>
public sealed record PlanReportInput
{
    public required PlanReportPeriod Period { get; init; }

    /// <summary>The day values are judged on; the last day of the period when not given.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The reporting unit, e.g. "Chi bộ Trường Mầm non Đô Thị Việt Hưng".</summary>
    public string? Unit { get; init; }

    /// <summary>One reading per target reported on, in the order they should appear (usually T1…T17).</summary>
    public required IReadOnlyList<TargetReading> Readings { get; init; }
}
