namespace Sprout.Domain.Growth;

/// <summary>Forms of malnutrition found for one child; several can hold at once (e.g. stunted and overweight).</summary>
[Flags]
public enum NutritionFindings
{
    /// <summary>Assessed and within the normal range ("Bình thường").</summary>
    None = 0,

    /// <summary>Weight-for-age z from −3 to below −2.</summary>
    Underweight = 1 << 0,

    /// <summary>Weight-for-age z below −3.</summary>
    SeverelyUnderweight = 1 << 1,

    /// <summary>Length/height-for-age z from −3 to below −2.</summary>
    Stunted = 1 << 2,

    /// <summary>Length/height-for-age z below −3.</summary>
    SeverelyStunted = 1 << 3,

    /// <summary>Weight-for-length/height z (BMI-for-age from 5 years) from −3 to below −2.</summary>
    Wasted = 1 << 4,

    /// <summary>Weight-for-length/height z (BMI-for-age from 5 years) below −3.</summary>
    SeverelyWasted = 1 << 5,

    Overweight = 1 << 6,

    Obese = 1 << 7,
}
