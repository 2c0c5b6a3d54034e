using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class RestrictedZScoreTests
{
    // who2006-weight-for-age.csv, boys at 730 days: "1,730,-0.0136,12.1482,0.11425".
    private const double L = -0.0136, M = 12.1482, S = 0.11425;

    private static GrowthZScore WeightForAge(double kg) =>
        GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 730, WeightKg = kg }).WeightForAge!.Value;

    [Fact]
    public void Weight_within_three_sd_uses_the_plain_lms_formula()
    {
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(12, L, M, S)), WeightForAge(12).Value);
        Assert.Equal(-0.11, WeightForAge(12).Value);
    }

    [Fact]
    public void Weight_above_three_sd_is_counted_in_steps_of_the_sd2_to_sd3_gap()
    {
        // SD3 = 17.1283, SD2 = 15.2722: 3 + (20 − SD3) / (SD3 − SD2) = 4.547, where the plain LMS z would be 4.35.
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.AboveThree(20, L, M, S)), WeightForAge(20).Value);
        Assert.Equal(4.55, WeightForAge(20).Value);
        Assert.NotEqual(ExpectedZ.Round2(ExpectedZ.Lms(20, L, M, S)), WeightForAge(20).Value);
    }

    [Fact]
    public void Weight_below_minus_three_sd_is_counted_in_steps_of_the_sd2_to_sd3_gap()
    {
        // SD−3 = 8.6299, SD−2 = 9.6701: −3 + (7 − SD−3) / (SD−2 − SD−3) = −4.567, where the plain LMS z would be −4.84.
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.BelowMinusThree(7, L, M, S)), WeightForAge(7).Value);
        Assert.Equal(-4.57, WeightForAge(7).Value);
    }

    [Fact]
    public void Length_for_age_is_never_restricted()
    {
        // Boys at 730 days: M 87.8018, S 0.03479; the linear z is used however far out.
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 730, LengthHeightCm = 105 });
        Assert.Equal(ExpectedZ.Round2((105 - 87.8018) / (87.8018 * 0.03479)), r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Z_scores_are_rounded_to_two_decimals()
    {
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Female, AgeDays = 400, WeightKg = 9.1234, LengthHeightCm = 75.55, HeadCircumferenceCm = 45.5,
            Measure = MeasurePosition.Lying,
        });

        foreach (var z in new[] { r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge })
        {
            Assert.Equal(Math.Round(z!.Value.Value, 2), z.Value.Value);
        }

        // who2006-head-circumference-for-age.csv "2,400,1,45.2124,0.03018": 0.2108… → 0.21.
        Assert.Equal(0.21, r.HeadCircumferenceForAge!.Value.Value);
    }

    [Fact]
    public void Rounding_never_yields_negative_zero()
    {
        Assert.False(double.IsNegative(ZScore.Round(-0.001)));
    }

    [Fact]
    public void Sd_lines_of_a_row_match_the_lms_definition()
    {
        var row = new LmsRow(L, M, S);
        Assert.Equal(ExpectedZ.Sd(L, M, S, 3), row.MeasurementAt(3), 12);
        Assert.Equal(M, row.MeasurementAt(0), 12);
        Assert.Equal(3, ZScore.Restricted(row.MeasurementAt(3), row), 10);
    }
}
