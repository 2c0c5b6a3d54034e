namespace Sprout.Domain.Growth;

/// <summary>Which WHO table set the age-based z-scores came from.</summary>
public enum GrowthReference
{
    /// <summary>Sex or age unknown, so no age-based z-score.</summary>
    None = 0,

    /// <summary>WHO Child Growth Standards 2006, age under 60 months.</summary>
    Who2006 = 1,

    /// <summary>WHO Reference 2007, age 60 months and over (z-scores only up to 228 months).</summary>
    Who2007 = 2,
}
