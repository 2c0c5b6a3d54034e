namespace Sprout.Domain.Growth;

/// <summary>
/// Computes WHO z-scores exactly as WHO's R packages do: <c>anthro</c> (Child Growth Standards 2006,
/// under 60 months) and <c>anthroplus</c> (Reference 2007, 60 months to 19 years). The rules are in
/// <c>Growth/Data/README.md</c> and the shared WHO growth README it points to.
/// </summary>
public static class GrowthCalculator
{
    /// <summary>WHO's average month (365.25 / 12 days), used by both packages.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>Lying and standing measurements differ by 0.7 cm on average in the WHO growth study.</summary>
    public const double LyingStandingDifferenceCm = 0.7;

    /// <summary>The first day of the standing-height rows: "24 months" is a rounded age of 731 days or more.</summary>
    private const int FirstHeightDay = 731;

    /// <summary>anthro's upper bound on the rounded age; months &lt; 60 is the stricter rule in practice.</summary>
    private const int LastStandardsDay = 1856;

    /// <summary>Arm circumference and skinfold tables start at 3 months.</summary>
    private const int FirstArmAndSkinfoldDay = 91;

    /// <summary>Without age or position, anthro picks the weight-for-length table below this length.</summary>
    private const double LengthTableBelowCm = 87;

    /// <summary>Computes every z-score the input allows. Allocates nothing once the tables are loaded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Age is negative or not a finite number, or sex is not 1 or 2.</exception>
    public static GrowthResult Compute(in GrowthInput input)
    {
        var tables = GrowthTables.Who;
        var sex = input.Sex;
        if (sex is { } s && s != Sex.Male && s != Sex.Female)
        {
            throw new ArgumentOutOfRangeException(nameof(input), s, "Sex must be Male (1) or Female (2).");
        }

        var hasAge = input.AgeDays.HasValue;
        var ageDays = input.AgeDays.GetValueOrDefault();
        if (hasAge && !(ageDays >= 0 && double.IsFinite(ageDays)))
        {
            throw new ArgumentOutOfRangeException(nameof(input), ageDays, "Age in days must be a finite number of at least 0.");
        }

        // The unrounded age decides the 60- and 9-month rules; the age rounded half up picks the table row.
        var ageMonths = ageDays / DaysPerMonth;
        var ageDaysRounded = Math.Floor(ageDays + 0.5);
        var ageDayKey = ageDaysRounded <= int.MaxValue ? (int)ageDaysRounded : int.MaxValue;
        var schoolAge = hasAge && ageMonths >= 60;

        var position = input.Measure;
        var standingUnderNineMonths = false;
        if (position == MeasurePosition.Standing && hasAge && ageMonths < 9)
        {
            // A baby cannot stand to be measured, so the recorded position is wrong and thus unknown.
            position = null;
            standingUnderNineMonths = true;
        }

        var weight = Measured(input.WeightKg);
        var lengthHeight = Measured(input.LengthHeightCm);
        if (lengthHeight is { } measured && hasAge && !schoolAge)
        {
            if (ageDayKey < FirstHeightDay && position == MeasurePosition.Standing)
            {
                lengthHeight = measured + LyingStandingDifferenceCm;
            }
            else if (ageDayKey >= FirstHeightDay && position == MeasurePosition.Lying)
            {
                lengthHeight = measured - LyingStandingDifferenceCm;
            }
        }

        double? bmi = null;
        if (weight is { } w && lengthHeight is { } lh)
        {
            var metres = lh / 100;
            bmi = w / (metres * metres);
        }

        var weightUsable = input.Oedema ? null : weight;
        var result = new GrowthResult
        {
            AgeMonths = hasAge ? ageMonths : null,
            CorrectedLengthHeightCm = lengthHeight,
            Bmi = bmi,
            StandingUnderNineMonths = standingUnderNineMonths,
        };

        if (sex is not { } knownSex)
        {
            // Every WHO table is split by sex, so nothing more can be computed.
            return result;
        }

        if (!hasAge || !schoolAge)
        {
            result = result with
            {
                WeightForLengthHeight = WeightForLengthHeight(
                    tables, knownSex, weightUsable, lengthHeight, hasAge, ageDayKey, position),
            };
        }

        if (!hasAge)
        {
            return result;
        }

        if (!schoolAge)
        {
            if (ageDayKey > LastStandardsDay)
            {
                return result;
            }

            var armAndSkinfolds = ageDayKey >= FirstArmAndSkinfoldDay;
            return result with
            {
                Reference = GrowthReference.Who2006,
                LengthHeightForAge = ByDay(tables.Who2006LengthHeightForAge, knownSex, ageDayKey, lengthHeight, Formula.Plain, LengthFlagged),
                WeightForAge = ByDay(tables.Who2006WeightForAge, knownSex, ageDayKey, weightUsable, Formula.Restricted, WeightFlagged),
                BmiForAge = ByDay(tables.Who2006BmiForAge, knownSex, ageDayKey, weightUsable is null ? null : bmi, Formula.Restricted, OtherFlagged),
                HeadCircumferenceForAge = ByDay(tables.Who2006HeadCircumferenceForAge, knownSex, ageDayKey, Measured(input.HeadCircumferenceCm), Formula.Plain, OtherFlagged),
                ArmCircumferenceForAge = armAndSkinfolds ? ByDay(tables.Who2006ArmCircumferenceForAge, knownSex, ageDayKey, Measured(input.ArmCircumferenceCm), Formula.Restricted, OtherFlagged) : null,
                TricepsSkinfoldForAge = armAndSkinfolds ? ByDay(tables.Who2006TricepsSkinfoldForAge, knownSex, ageDayKey, Measured(input.TricepsSkinfoldMm), Formula.Restricted, OtherFlagged) : null,
                SubscapularSkinfoldForAge = armAndSkinfolds ? ByDay(tables.Who2006SubscapularSkinfoldForAge, knownSex, ageDayKey, Measured(input.SubscapularSkinfoldMm), Formula.Restricted, OtherFlagged) : null,
            };
        }

        return result with
        {
            Reference = GrowthReference.Who2007,
            LengthHeightForAge = ByMonth(tables.Who2007HeightForAge, 228, knownSex, ageMonths, lengthHeight, Formula.Plain, LengthFlagged),
            WeightForAge = ByMonth(tables.Who2007WeightForAge, 120, knownSex, ageMonths, weightUsable, Formula.Restricted, WeightFlagged),
            BmiForAge = ByMonth(tables.Who2007BmiForAge, 228, knownSex, ageMonths, weightUsable is null ? null : bmi, Formula.Restricted, OtherFlagged),
        };
    }

    private enum Formula
    {
        Plain,
        Restricted,
    }

    /// <summary>
    /// Zero, negative and non-finite measurements count as missing. anthro already blanks them for the
    /// age-based indicators; for weight-for-length and the 2007 reference R would give artefacts
    /// (z near −15, NaN, infinite BMI), which WHO's README suggests rejecting.
    /// </summary>
    private static double? Measured(double? value) =>
        value is { } v && v > 0 && double.IsFinite(v) ? v : null;

    // WHO flags on the rounded z: 6 SD for length/height, −6/+5 for weight, 5 SD for the others.
    private static bool LengthFlagged(double z) => Math.Abs(z) > 6;

    private static bool WeightFlagged(double z) => z < -6 || z > 5;

    private static bool OtherFlagged(double z) => Math.Abs(z) > 5;

    private static GrowthZScore? ByDay(
        LmsTable table, Sex sex, int ageDay, double? measurement, Formula formula, Func<double, bool> flagged)
    {
        if (measurement is not { } y || !table.TryGet(sex, ageDay, out var row))
        {
            return null;
        }

        return Score(y, row, formula, flagged);
    }

    private static GrowthZScore? ByMonth(
        LmsTable table, int lastMonth, Sex sex, double ageMonths, double? measurement, Formula formula, Func<double, bool> flagged)
    {
        // Both ends inclusive; the table's extra last row exists only as the upper interpolation neighbour.
        if (measurement is not { } y || ageMonths > lastMonth)
        {
            return null;
        }

        var lowMonth = Math.Truncate(ageMonths);
        var fraction = ageMonths - lowMonth;
        if (!table.TryGet(sex, (int)lowMonth, out var row))
        {
            return null;
        }

        if (fraction > 0)
        {
            if (!table.TryGet(sex, (int)Math.Truncate(ageMonths + 1), out var up))
            {
                return null;
            }

            row = LmsRow.Interpolate(row, up, fraction);
        }

        return Score(y, row, formula, flagged);
    }

    private static GrowthZScore? WeightForLengthHeight(
        GrowthTables tables, Sex sex, double? weight, double? lengthHeight, bool hasAge, int ageDay, MeasurePosition? position)
    {
        if (weight is not { } y || lengthHeight is not { } cm)
        {
            return null;
        }

        var useLengthTable = hasAge
            ? ageDay < FirstHeightDay
            : position switch
            {
                MeasurePosition.Lying => true,
                MeasurePosition.Standing => false,
                _ => cm < LengthTableBelowCm,
            };
        var (table, minCm, maxCm) = useLengthTable
            ? (tables.Who2006WeightForLength, 45.0, 110.0)
            : (tables.Who2006WeightForHeight, 65.0, 120.0);
        if (!(cm >= minCm && cm <= maxCm))
        {
            return null;
        }

        // The keys are computed exactly as anthro does (it truncates, then matches 0.1 cm rows by their
        // printed value), so a length such as 75.99999999999999 from 75.3 + 0.7 interpolates as in R.
        var lowKey = (int)Math.Truncate(cm * 10);
        var fraction = (cm - lowKey / 10.0) / 0.1;
        if (!table.TryGet(sex, lowKey, out var row))
        {
            return null;
        }

        if (fraction > 0)
        {
            if (!table.TryGet(sex, (int)Math.Truncate(cm * 10 + 1), out var up))
            {
                return null;
            }

            row = LmsRow.Interpolate(row, up, fraction);
        }

        return Score(y, row, Formula.Restricted, OtherFlagged);
    }

    private static GrowthZScore Score(double y, in LmsRow row, Formula formula, Func<double, bool> flagged)
    {
        var z = ZScore.Round(formula == Formula.Restricted ? ZScore.Restricted(y, row) : ZScore.Lms(y, row));
        return new GrowthZScore(z, flagged(z));
    }
}
