namespace Sprout.Domain.Growth;

/// <summary>How length/height was measured; it decides the ±0.7 cm conversion.</summary>
public enum MeasurePosition
{
    /// <summary>Recumbent length (anthro code <c>l</c>).</summary>
    Lying = 1,

    /// <summary>Standing height (anthro code <c>h</c>).</summary>
    Standing = 2,
}
