namespace Sprout.Domain.Growth;

/// <summary>One row of a WHO LMS table: Box-Cox power L, median M, coefficient of variation S.</summary>
public readonly record struct LmsRow(double L, double M, double S)
{
    /// <summary>The measurement that lies <paramref name="z"/> SD from the median (used for SD lines and charts).</summary>
    public double MeasurementAt(double z) => M * Math.Pow(1 + L * S * z, 1 / L);

    /// <summary>Linear interpolation term by term, written in the order WHO's R code uses so results match to the bit.</summary>
    public static LmsRow Interpolate(in LmsRow low, in LmsRow up, double fraction) => new(
        low.L + fraction * (up.L - low.L),
        low.M + fraction * (up.M - low.M),
        low.S + fraction * (up.S - low.S));
}
