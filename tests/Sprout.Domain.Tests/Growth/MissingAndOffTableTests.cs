using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class MissingAndOffTableTests
{
    private static readonly GrowthInput FullBoy = new()
    {
        Sex = Sex.Male,
        AgeDays = 365,
        Measure = MeasurePosition.Lying,
        WeightKg = 9.5,
        LengthHeightCm = 75,
        HeadCircumferenceCm = 46,
        ArmCircumferenceCm = 14.5,
        TricepsSkinfoldMm = 8,
        SubscapularSkinfoldMm = 6.5,
    };

    [Fact]
    public void A_complete_one_year_old_gets_every_z_score()
    {
        var r = GrowthCalculator.Compute(FullBoy);

        Assert.Equal(GrowthReference.Who2006, r.Reference);
        Assert.NotNull(r.LengthHeightForAge);
        Assert.NotNull(r.WeightForAge);
        Assert.NotNull(r.WeightForLengthHeight);
        Assert.NotNull(r.BmiForAge);
        Assert.NotNull(r.HeadCircumferenceForAge);
        Assert.NotNull(r.ArmCircumferenceForAge);
        // who2006-triceps-skinfold-for-age.csv "1,365,-0.1073,8.105,0.19452"; subscapular "1,365,-0.4776,6.4569,0.17564".
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(8, -0.1073, 8.105, 0.19452)), r.TricepsSkinfoldForAge!.Value.Value);
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(6.5, -0.4776, 6.4569, 0.17564)), r.SubscapularSkinfoldForAge!.Value.Value);
    }

    [Fact]
    public void Missing_sex_gives_no_z_score_but_keeps_length_and_bmi()
    {
        var r = GrowthCalculator.Compute(FullBoy with { Sex = null });

        Assert.Equal(75, r.CorrectedLengthHeightCm);
        Assert.Equal(9.5 / (0.75 * 0.75), r.Bmi!.Value, 12);
        Assert.Equal(GrowthReference.None, r.Reference);
        Assert.Null(r.LengthHeightForAge);
        Assert.Null(r.WeightForAge);
        Assert.Null(r.WeightForLengthHeight);
        Assert.Null(r.BmiForAge);
        Assert.Null(r.HeadCircumferenceForAge);
        Assert.Null(r.ArmCircumferenceForAge);
        Assert.Null(r.TricepsSkinfoldForAge);
        Assert.Null(r.SubscapularSkinfoldForAge);
    }

    [Fact]
    public void Oedema_blanks_the_weight_based_z_scores_only()
    {
        var r = GrowthCalculator.Compute(FullBoy with { Oedema = true });

        Assert.Null(r.WeightForAge);
        Assert.Null(r.WeightForLengthHeight);
        Assert.Null(r.BmiForAge);
        Assert.NotNull(r.Bmi);
        Assert.NotNull(r.LengthHeightForAge);
        Assert.NotNull(r.HeadCircumferenceForAge);
        Assert.NotNull(r.ArmCircumferenceForAge);
    }

    [Fact]
    public void Missing_age_gives_weight_for_length_only()
    {
        var r = GrowthCalculator.Compute(FullBoy with { AgeDays = null });

        Assert.NotNull(r.WeightForLengthHeight);
        Assert.Null(r.AgeMonths);
        Assert.Null(r.LengthHeightForAge);
        Assert.Null(r.WeightForAge);
        Assert.Null(r.BmiForAge);
        Assert.Null(r.HeadCircumferenceForAge);
    }

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    [InlineData(90.5, true)]
    public void Arm_circumference_and_skinfolds_start_at_91_days(double ageDays, bool computed)
    {
        var r = GrowthCalculator.Compute(FullBoy with { AgeDays = ageDays });

        Assert.Equal(computed, r.ArmCircumferenceForAge.HasValue);
        Assert.Equal(computed, r.TricepsSkinfoldForAge.HasValue);
        Assert.Equal(computed, r.SubscapularSkinfoldForAge.HasValue);
        Assert.NotNull(r.WeightForAge);
    }

    [Fact]
    public void Arm_circumference_at_91_days_matches_the_table_row()
    {
        // who2006-arm-circumference-for-age.csv "1,91,0.3933,13.4779,0.07474".
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 91, ArmCircumferenceCm = 12.5 });
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(12.5, 0.3933, 13.4779, 0.07474)), r.ArmCircumferenceForAge!.Value.Value);
    }

    [Fact]
    public void The_2006_standards_end_before_60_months()
    {
        // "1,1826,-0.1506,18.3352,0.13517": 1826 days is 59.99 months.
        var last = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 1826, WeightKg = 18, HeadCircumferenceCm = 50 });
        Assert.Equal(GrowthReference.Who2006, last.Reference);
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(18, -0.1506, 18.3352, 0.13517)), last.WeightForAge!.Value.Value);

        // 1826.25 days is exactly 60 months: the 2007 reference takes over and has no head circumference.
        var sixty = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 1826.25, WeightKg = 18, HeadCircumferenceCm = 50 });
        Assert.Equal(GrowthReference.Who2007, sixty.Reference);
        Assert.Null(sixty.HeadCircumferenceForAge);
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(18, -0.1922, 18.3328, 0.12947)), sixty.WeightForAge!.Value.Value);
    }

    [Theory]
    [InlineData(44.9, false)]
    [InlineData(45.0, true)]
    [InlineData(110.0, true)]
    [InlineData(110.1, false)]
    public void Weight_for_length_needs_45_to_110_cm(double length, bool computed)
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 700, Measure = MeasurePosition.Lying, LengthHeightCm = length, WeightKg = 10 });
        Assert.Equal(computed, r.WeightForLengthHeight.HasValue);
    }

    [Theory]
    [InlineData(64.9, false)]
    [InlineData(65.0, true)]
    [InlineData(120.0, true)]
    [InlineData(120.1, false)]
    public void Weight_for_height_needs_65_to_120_cm(double height, bool computed)
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 1000, Measure = MeasurePosition.Standing, LengthHeightCm = height, WeightKg = 15 });
        Assert.Equal(computed, r.WeightForLengthHeight.HasValue);
    }

    [Fact]
    public void Weight_for_length_interpolates_between_tenth_cm_rows()
    {
        // who2006-weight-for-length.csv "1,75.3,-0.3521,9.5639,0.08299" and "1,75.4,-0.3521,9.5841,0.083".
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 365, Measure = MeasurePosition.Lying, LengthHeightCm = 75.35, WeightKg = 9 });

        var f = (75.35 - 75.3) / 0.1;
        var expected = ExpectedZ.Lms(9, -0.3521, ExpectedZ.Lerp(9.5639, 9.5841, f), ExpectedZ.Lerp(0.08299, 0.083, f));
        Assert.Equal(ExpectedZ.Round2(expected), r.WeightForLengthHeight!.Value.Value);
        Assert.Equal(-0.75, r.WeightForLengthHeight!.Value.Value);
    }

    [Fact]
    public void Without_age_the_position_picks_the_weight_for_length_or_height_table()
    {
        // At 87.0 cm: length table "1,87,-0.3521,11.9916,0.08111,L", height table "1,87,-0.3521,12.1645,0.0809,H".
        var fromLength = Round(ExpectedZ.Lms(12, -0.3521, 11.9916, 0.08111));
        var fromHeight = Round(ExpectedZ.Lms(12, -0.3521, 12.1645, 0.0809));

        Assert.Equal(fromLength, Wfl(MeasurePosition.Lying, 87));
        Assert.Equal(fromHeight, Wfl(MeasurePosition.Standing, 87));
        // Neither age nor position: below 87 cm the length table, from 87 cm the height table.
        Assert.Equal(fromHeight, Wfl(null, 87));
        Assert.Equal(Round(ExpectedZ.Lms(12, -0.3521, 11.9668, 0.08114)), Wfl(null, 86.9));

        static double Round(double z) => ExpectedZ.Round2(z);
        static double Wfl(MeasurePosition? measure, double cm) =>
            GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, Measure = measure, LengthHeightCm = cm, WeightKg = 12 })
                .WeightForLengthHeight!.Value.Value;
    }

    [Fact]
    public void With_age_the_age_picks_the_weight_for_length_or_height_table()
    {
        // 731 days, lying 87.7 cm → converted to 87.0 cm height → height table.
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 731, Measure = MeasurePosition.Lying, LengthHeightCm = 87.7, WeightKg = 12 });
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(12, -0.3521, 12.1645, 0.0809)), r.WeightForLengthHeight!.Value.Value, 2);
    }

    [Fact]
    public void Zero_or_negative_measurements_count_as_missing()
    {
        var r = GrowthCalculator.Compute(FullBoy with { WeightKg = 0, HeadCircumferenceCm = -1 });

        Assert.Null(r.WeightForAge);
        Assert.Null(r.WeightForLengthHeight);
        Assert.Null(r.Bmi);
        Assert.Null(r.HeadCircumferenceForAge);
        Assert.NotNull(r.LengthHeightForAge);
    }

    [Fact]
    public void Negative_age_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowthCalculator.Compute(FullBoy with { AgeDays = -1 }));
    }
}
