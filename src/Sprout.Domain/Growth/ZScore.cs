namespace Sprout.Domain.Growth;

/// <summary>The LMS z-score formulas of the WHO growth standards.</summary>
public static class ZScore
{
    /// <summary>Plain LMS z: ((y/M)^L − 1) / (L·S).</summary>
    public static double Lms(double y, in LmsRow row)
    {
        // Pow(x, 1) is exactly x, so the shortcut for the L = 1 tables changes no bit and saves the call.
        var ratio = row.L == 1 ? y / row.M : Math.Pow(y / row.M, row.L);
        return (ratio - 1) / (row.S * row.L);
    }

    /// <summary>
    /// WHO's restricted z ("SD23" adjustment): beyond ±3 SD the skewed LMS curve over-stretches, so
    /// the distance past 3 SD is counted in steps of that side's 2-to-3 SD gap instead.
    /// </summary>
    public static double Restricted(double y, in LmsRow row)
    {
        var z = Lms(y, row);
        if (z > 3)
        {
            var sd3 = row.MeasurementAt(3);
            var sd23 = sd3 - row.MeasurementAt(2);
            return 3 + (y - sd3) / sd23;
        }

        if (z < -3)
        {
            var sd3 = row.MeasurementAt(-3);
            var sd23 = row.MeasurementAt(-2) - sd3;
            return -3 + (y - sd3) / sd23;
        }

        return z;
    }

    /// <summary>WHO's software reports z-scores to 2 decimals, and its flags test the rounded value.</summary>
    public static double Round(double z)
    {
        var rounded = Math.Round(z, 2);
        // Avoid "-0" in reports: a z of -0.001 is simply 0.
        return rounded == 0 ? 0 : rounded;
    }
}
