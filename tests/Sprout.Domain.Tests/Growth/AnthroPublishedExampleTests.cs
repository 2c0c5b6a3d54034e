using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

/// <summary>Results that anthro's own test suite states for a few children, reproduced with our code.</summary>
public class AnthroPublishedExampleTests
{
    [Fact]
    public void Lying_boy_of_987_days_is_converted_and_flagged()
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 987, LengthHeightCm = 72.86, Measure = MeasurePosition.Lying });

        Assert.Equal(new GrowthZScore(-6.09, true), r.LengthHeightForAge);
    }

    [Theory]
    [InlineData(8, true, 60.0, -4.81)]
    [InlineData(9, false, 60.7, -5.02)]
    public void Standing_boy_at_eight_and_nine_months(double months, bool flagged, double clenhei, double zlen)
    {
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Male, AgeDays = GrowthInput.DaysFromMonths(months), LengthHeightCm = 60, Measure = MeasurePosition.Standing,
        });

        Assert.Equal(flagged, r.StandingUnderNineMonths);
        Assert.Equal(clenhei, r.CorrectedLengthHeightCm!.Value, 10);
        Assert.Equal(zlen, r.LengthHeightForAge!.Value.Value, 2);
    }

    [Theory]
    [InlineData(MeasurePosition.Standing)]
    [InlineData(null)]
    public void Girl_at_24_months_is_scored_on_the_height_rows(MeasurePosition? measure)
    {
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Female, AgeDays = GrowthInput.DaysFromMonths(24), LengthHeightCm = 77.5, WeightKg = 8.8, Measure = measure,
        });

        Assert.Equal(77.5, r.CorrectedLengthHeightCm);
        Assert.Equal(-2.55, r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Bmi_is_weight_over_squared_metres()
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 30, WeightKg = 20, LengthHeightCm = 100 });
        Assert.Equal(20.0, r.Bmi);
    }
}
