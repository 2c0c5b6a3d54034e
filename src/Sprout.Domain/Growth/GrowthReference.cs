namespace Sprout.Domain.Growth;

/// <summary>Which WHO table set the age-based z-scores came from.</summary>
public enum GrowthReference
{
    /// <summary>Age unknown, negative-free but beyond 19 years, or sex unknown: no age-based z-score.</summary>
    None = 0,

    /// <summary>WHO Child Growth Standards 2006, age under 60 months.</summary>
    Who2006 = 1,

    /// <summary>WHO Reference 2007, age 60 months and over.</summary>
    Who2007 = 2,
}
