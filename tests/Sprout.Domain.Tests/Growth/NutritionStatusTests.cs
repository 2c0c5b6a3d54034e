using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class NutritionStatusTests
{
    private static GrowthZScore Z(double value) => new(value, false);

    private static readonly GrowthResult UnderFive = new() { Reference = GrowthReference.Who2006 };
    private static readonly GrowthResult SchoolAge = new() { Reference = GrowthReference.Who2007 };

    private static string Summary(GrowthResult r) => NutritionStatus.Summarize(r);

    [Theory]
    [InlineData(-2.0, "Bình thường")]
    [InlineData(-2.01, "Suy dinh dưỡng thể nhẹ cân")]
    [InlineData(-3.0, "Suy dinh dưỡng thể nhẹ cân")]
    [InlineData(-3.01, "Suy dinh dưỡng thể nhẹ cân mức độ nặng")]
    public void Weight_for_age_below_minus_two_is_underweight(double z, string expected)
    {
        Assert.Equal(expected, Summary(UnderFive with { WeightForAge = Z(z) }));
    }

    [Fact]
    public void Length_for_age_below_minus_two_is_stunting()
    {
        Assert.Equal("Suy dinh dưỡng thể thấp còi", Summary(UnderFive with { LengthHeightForAge = Z(-2.5) }));
        Assert.Equal("Suy dinh dưỡng thể thấp còi mức độ nặng", Summary(UnderFive with { LengthHeightForAge = Z(-3.5) }));
    }

    [Fact]
    public void Weight_for_length_below_minus_two_is_wasting()
    {
        Assert.Equal("Suy dinh dưỡng thể gầy còm", Summary(UnderFive with { WeightForLengthHeight = Z(-2.5) }));
    }

    [Theory]
    [InlineData(2.0, "Bình thường")]
    [InlineData(2.01, "Thừa cân")]
    [InlineData(3.0, "Thừa cân")]
    [InlineData(3.01, "Béo phì")]
    public void Under_five_overweight_and_obesity_use_two_and_three_sd(double z, string expected)
    {
        Assert.Equal(expected, Summary(UnderFive with { WeightForLengthHeight = Z(z) }));
    }

    [Fact]
    public void Under_five_falls_back_to_bmi_without_weight_for_length()
    {
        Assert.Equal("Thừa cân", Summary(UnderFive with { BmiForAge = Z(2.5) }));
        // Weight-for-length takes precedence when both exist.
        Assert.Equal("Bình thường", Summary(UnderFive with { BmiForAge = Z(2.5), WeightForLengthHeight = Z(1.9) }));
    }

    [Theory]
    [InlineData(1.0, "Bình thường")]
    [InlineData(1.01, "Thừa cân")]
    [InlineData(2.01, "Béo phì")]
    [InlineData(-2.01, "Suy dinh dưỡng thể gầy còm")]
    public void From_five_years_bmi_cut_offs_are_one_and_two_sd(double z, string expected)
    {
        Assert.Equal(expected, Summary(SchoolAge with { BmiForAge = Z(z) }));
    }

    [Fact]
    public void Several_findings_are_listed_together()
    {
        var r = UnderFive with { LengthHeightForAge = Z(-2.4), WeightForAge = Z(-1), WeightForLengthHeight = Z(2.2) };

        Assert.Equal(NutritionFindings.Stunted | NutritionFindings.Overweight, NutritionStatus.Classify(r));
        Assert.Equal(["Suy dinh dưỡng thể thấp còi", "Thừa cân"], NutritionStatus.Describe(NutritionStatus.Classify(r)));
    }

    [Fact]
    public void Implausible_z_scores_are_left_out()
    {
        var r = UnderFive with { WeightForAge = new GrowthZScore(-6.5, true), LengthHeightForAge = Z(0) };
        Assert.Equal("Bình thường", Summary(r));
    }

    [Fact]
    public void Without_any_usable_z_score_the_child_is_not_assessed()
    {
        Assert.Null(NutritionStatus.Classify(UnderFive with { HeadCircumferenceForAge = Z(0) }));
        Assert.Equal("Không đủ số liệu để đánh giá", Summary(UnderFive));
    }

    [Fact]
    public void A_thin_short_toddler_is_classified_end_to_end()
    {
        // Girls at 400 days: weight "2,400,-0.2176,9.2009,0.12285" (6 kg: z −3.65), length "2,400,1,75.3848,0.03498" (68 cm: z −2.80).
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Female, AgeDays = 400, Measure = MeasurePosition.Lying, WeightKg = 6.0, LengthHeightCm = 68,
        });

        var findings = NutritionStatus.Classify(r)!.Value;
        Assert.True(findings.HasFlag(NutritionFindings.SeverelyUnderweight));
        Assert.True(findings.HasFlag(NutritionFindings.Stunted));
        Assert.StartsWith("Suy dinh dưỡng thể nhẹ cân mức độ nặng; Suy dinh dưỡng thể thấp còi", NutritionStatus.Summarize(r), StringComparison.Ordinal);
    }
}
