namespace Sprout.Domain.Growth;

/// <summary>Everything computed for one <see cref="GrowthInput"/>; a missing value means "not computable".</summary>
public readonly record struct GrowthResult
{
    public GrowthReference Reference { get; init; }

    /// <summary>Unrounded age in months (days / 30.4375), or missing without an age.</summary>
    public double? AgeMonths { get; init; }

    /// <summary>
    /// Length/height after the ±0.7 cm conversion (anthro's <c>clenhei</c>); from 60 months on it is
    /// the height as measured, because the 2007 reference uses it unconverted.
    /// </summary>
    public double? CorrectedLengthHeightCm { get; init; }

    /// <summary>Weight / (corrected length/height in m)², unrounded (anthro's <c>cbmi</c>).</summary>
    public double? Bmi { get; init; }

    /// <summary>Standing measurement under 9 months, so the position was ignored (anthro's <c>c9mo_flag</c>).</summary>
    public bool StandingUnderNineMonths { get; init; }

    public GrowthZScore? LengthHeightForAge { get; init; }

    public GrowthZScore? WeightForAge { get; init; }

    public GrowthZScore? WeightForLengthHeight { get; init; }

    public GrowthZScore? BmiForAge { get; init; }

    public GrowthZScore? HeadCircumferenceForAge { get; init; }

    public GrowthZScore? ArmCircumferenceForAge { get; init; }

    public GrowthZScore? TricepsSkinfoldForAge { get; init; }

    public GrowthZScore? SubscapularSkinfoldForAge { get; init; }
}
