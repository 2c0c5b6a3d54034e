namespace Sprout.Domain.Tests.Growth;

/// <summary>The WHO formulas written out again, independently of the code under test, to derive expected values by hand.</summary>
internal static class ExpectedZ
{
    public static double Lms(double y, double l, double m, double s) => (Math.Pow(y / m, l) - 1) / (l * s);

    public static double Sd(double l, double m, double s, double k) => m * Math.Pow(1 + l * s * k, 1 / l);

    public static double AboveThree(double y, double l, double m, double s) =>
        3 + (y - Sd(l, m, s, 3)) / (Sd(l, m, s, 3) - Sd(l, m, s, 2));

    public static double BelowMinusThree(double y, double l, double m, double s) =>
        -3 + (y - Sd(l, m, s, -3)) / (Sd(l, m, s, -2) - Sd(l, m, s, -3));

    public static double Round2(double z) => Math.Round(z, 2);

    public static double Lerp(double low, double up, double f) => low + f * (up - low);
}
