namespace Sprout.Domain.Growth;

/// <summary>
/// One child's measurements at one visit. Every field may be missing; the calculator computes
/// whatever the present fields allow, as WHO's anthro and anthroplus packages do.
/// </summary>
public readonly record struct GrowthInput
{
    public Sex? Sex { get; init; }

    /// <summary>Exact age in days (visit date minus birth date); fractions are allowed.</summary>
    public double? AgeDays { get; init; }

    public MeasurePosition? Measure { get; init; }

    public double? WeightKg { get; init; }

    /// <summary>Length or height as measured, before the ±0.7 cm conversion.</summary>
    public double? LengthHeightCm { get; init; }

    public double? HeadCircumferenceCm { get; init; }

    /// <summary>Mid-upper arm circumference (MUAC).</summary>
    public double? ArmCircumferenceCm { get; init; }

    public double? TricepsSkinfoldMm { get; init; }

    public double? SubscapularSkinfoldMm { get; init; }

    /// <summary>Bilateral pitting oedema: weight is then not a measure of nutrition.</summary>
    public bool Oedema { get; init; }

    /// <summary>Age in days from an age in months, with WHO's month of 30.4375 days.</summary>
    public static double DaysFromMonths(double months) => months * GrowthCalculator.DaysPerMonth;
}
