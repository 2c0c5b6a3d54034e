namespace Sprout.Domain.Growth;

/// <summary>A z-score rounded to 2 decimals, and whether WHO calls it biologically implausible.</summary>
/// <remarks>An implausible z-score is kept, not blanked, so that staff can check the measurement.</remarks>
public readonly record struct GrowthZScore(double Value, bool Implausible);
