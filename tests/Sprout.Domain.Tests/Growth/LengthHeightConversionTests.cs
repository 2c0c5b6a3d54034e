using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class LengthHeightConversionTests
{
    // who2006-length-height-for-age.csv, boys: 730 days "1,730,1,87.8018,0.03479,L", 731 days "1,731,1,87.1303,0.03508,H".
    private static GrowthResult Boy(double ageDays, MeasurePosition? measure, double lenhei) =>
        GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = ageDays, Measure = measure, LengthHeightCm = lenhei });

    [Fact]
    public void Standing_child_under_two_is_converted_to_length()
    {
        var r = Boy(730, MeasurePosition.Standing, 85);

        Assert.Equal(85.7, r.CorrectedLengthHeightCm!.Value, 12);
        Assert.Equal(-0.69, r.LengthHeightForAge!.Value.Value);
        Assert.Equal(ExpectedZ.Round2((85.7 - 87.8018) / (87.8018 * 0.03479)), r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Lying_child_at_exactly_730_days_is_not_converted()
    {
        var r = Boy(730, MeasurePosition.Lying, 85);

        Assert.Equal(85, r.CorrectedLengthHeightCm);
        Assert.Equal(-0.92, r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Lying_child_from_731_days_is_converted_to_height()
    {
        var r = Boy(731, MeasurePosition.Lying, 88);

        Assert.Equal(87.3, r.CorrectedLengthHeightCm!.Value, 12);
        Assert.Equal(ExpectedZ.Round2((87.3 - 87.1303) / (87.1303 * 0.03508)), r.LengthHeightForAge!.Value.Value);
        Assert.Equal(0.06, r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Standing_child_from_731_days_is_not_converted()
    {
        Assert.Equal(88, Boy(731, MeasurePosition.Standing, 88).CorrectedLengthHeightCm);
    }

    [Fact]
    public void Half_day_age_rounds_up_into_the_height_rows()
    {
        // 730.5 days is exactly 24 months: rounded half up to 731, so lying is converted and the H row is used.
        var r = Boy(730.5, MeasurePosition.Lying, 88);
        Assert.Equal(87.3, r.CorrectedLengthHeightCm!.Value, 12);

        var justUnder = Boy(730.49, MeasurePosition.Lying, 88);
        Assert.Equal(88, justUnder.CorrectedLengthHeightCm);
        Assert.Equal(ExpectedZ.Round2((88 - 87.8018) / (87.8018 * 0.03479)), justUnder.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Standing_under_nine_months_is_flagged_and_left_unconverted()
    {
        // Girls, 200 days (6.6 months): "2,200,1,66.6331,0.03443,L".
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Female, AgeDays = 200, Measure = MeasurePosition.Standing, LengthHeightCm = 65,
        });

        Assert.True(r.StandingUnderNineMonths);
        Assert.Equal(65, r.CorrectedLengthHeightCm);
        Assert.Equal(ExpectedZ.Round2((65 - 66.6331) / (66.6331 * 0.03443)), r.LengthHeightForAge!.Value.Value);
    }

    [Fact]
    public void Standing_from_nine_months_is_converted_and_not_flagged()
    {
        var nineMonths = 9 * GrowthCalculator.DaysPerMonth;
        var r = Boy(nineMonths, MeasurePosition.Standing, 70);

        Assert.False(r.StandingUnderNineMonths);
        Assert.Equal(70.7, r.CorrectedLengthHeightCm!.Value, 12);
    }

    [Fact]
    public void Lying_under_nine_months_is_not_flagged()
    {
        Assert.False(Boy(200, MeasurePosition.Lying, 65).StandingUnderNineMonths);
    }

    [Fact]
    public void Missing_position_or_age_leaves_length_unconverted()
    {
        Assert.Equal(85, Boy(500, null, 85).CorrectedLengthHeightCm);
        var noAge = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, Measure = MeasurePosition.Standing, LengthHeightCm = 85 });
        Assert.Equal(85, noAge.CorrectedLengthHeightCm);
        Assert.False(noAge.StandingUnderNineMonths);
    }

    [Fact]
    public void Bmi_uses_the_converted_length()
    {
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Male, AgeDays = 730, Measure = MeasurePosition.Standing, LengthHeightCm = 85, WeightKg = 12,
        });

        Assert.Equal(12 / (0.857 * 0.857), r.Bmi!.Value, 10);
        // who2006-bmi-for-age.csv "1,730,-0.6473,15.7356,0.07771,L"
        Assert.Equal(ExpectedZ.Round2(ExpectedZ.Lms(12 / (0.857 * 0.857), -0.6473, 15.7356, 0.07771)), r.BmiForAge!.Value.Value);
    }
}
