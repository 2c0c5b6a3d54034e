using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

/// <summary>Flags test the rounded z: 6 SD for length, −6/+5 for weight, 5 SD for the rest; flagged z-scores stay in the result.</summary>
public class ImplausibleFlagTests
{
    // Boys at 730 days: length "1,730,1,87.8018,0.03479", weight "1,730,-0.0136,12.1482,0.11425",
    // BMI "1,730,-0.6473,15.7356,0.07771".
    private static double LengthAt(double z) => 87.8018 * (1 + 0.03479 * z);

    private static double WeightAt(double z)
    {
        const double l = -0.0136, m = 12.1482, s = 0.11425;
        return z > 0
            ? ExpectedZ.Sd(l, m, s, 3) + (z - 3) * (ExpectedZ.Sd(l, m, s, 3) - ExpectedZ.Sd(l, m, s, 2))
            : ExpectedZ.Sd(l, m, s, -3) + (z + 3) * (ExpectedZ.Sd(l, m, s, -2) - ExpectedZ.Sd(l, m, s, -3));
    }

    private static GrowthResult Boy(double? lenhei = null, double? weight = null) =>
        GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Male, AgeDays = 730, Measure = MeasurePosition.Lying, LengthHeightCm = lenhei, WeightKg = weight,
        });

    [Theory]
    [InlineData(6.00, false)]
    [InlineData(6.01, true)]
    [InlineData(-6.00, false)]
    [InlineData(-6.01, true)]
    public void Length_for_age_is_flagged_beyond_six_sd(double z, bool flagged)
    {
        var score = Boy(lenhei: LengthAt(z)).LengthHeightForAge!.Value;
        Assert.Equal(z, score.Value);
        Assert.Equal(flagged, score.Implausible);
    }

    [Theory]
    [InlineData(5.00, false)]
    [InlineData(5.01, true)]
    [InlineData(-6.00, false)]
    [InlineData(-6.01, true)]
    [InlineData(-5.50, false)]
    public void Weight_for_age_is_flagged_below_minus_six_or_above_five(double z, bool flagged)
    {
        var score = Boy(weight: WeightAt(z)).WeightForAge!.Value;
        Assert.Equal(z, score.Value);
        Assert.Equal(flagged, score.Implausible);
    }

    [Fact]
    public void Other_indicators_are_flagged_beyond_five_sd()
    {
        // who2006-head-circumference-for-age.csv "1,730,1,48.2494,0.02821".
        var at = (double z) => 48.2494 * (1 + 0.02821 * z);

        var five = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 730, HeadCircumferenceCm = at(5) });
        var beyond = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 730, HeadCircumferenceCm = at(-5.01) });

        Assert.Equal(new GrowthZScore(5, false), five.HeadCircumferenceForAge);
        Assert.Equal(new GrowthZScore(-5.01, true), beyond.HeadCircumferenceForAge);
    }

    [Fact]
    public void Heavy_child_gets_flagged_weight_for_length_and_bmi_but_keeps_the_values()
    {
        var r = Boy(lenhei: 85, weight: 25);

        Assert.True(r.WeightForLengthHeight!.Value.Implausible);
        Assert.True(r.WeightForLengthHeight!.Value.Value > 5);
        Assert.True(r.BmiForAge!.Value.Implausible);
        Assert.False(r.LengthHeightForAge!.Value.Implausible);
    }
}
