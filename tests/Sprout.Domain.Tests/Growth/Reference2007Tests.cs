using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class Reference2007Tests
{
    [Fact]
    public void Seven_year_old_uses_the_2007_reference_interpolated_over_months()
    {
        // 2557 days = 84.0082 months: between rows 84 and 85 of the 2007 tables (boys):
        // height "1,84,1,121.7338,0.04342" / "1,85,1,122.2053,0.0435",
        // weight "1,84,-0.4402,22.8915,0.13759" / "1,85,-0.4499,23.0968,0.13797",
        // BMI "1,84,-1.246,15.4832,0.09068" / "1,85,-1.2656,15.5019,0.09103".
        var r = GrowthCalculator.Compute(new GrowthInput
        {
            Sex = Sex.Male, AgeDays = 2557, Measure = MeasurePosition.Lying, LengthHeightCm = 120, WeightKg = 22, HeadCircumferenceCm = 52,
        });
        var f = 2557 / 30.4375 - 84;

        Assert.Equal(GrowthReference.Who2007, r.Reference);
        Assert.Equal(120, r.CorrectedLengthHeightCm); // no ±0.7 conversion in the 2007 reference
        Assert.Equal(
            ExpectedZ.Round2((120 / ExpectedZ.Lerp(121.7338, 122.2053, f) - 1) / ExpectedZ.Lerp(0.04342, 0.0435, f)),
            r.LengthHeightForAge!.Value.Value);
        Assert.Equal(-0.33, r.LengthHeightForAge!.Value.Value);
        Assert.Equal(
            ExpectedZ.Round2(ExpectedZ.Lms(22, ExpectedZ.Lerp(-0.4402, -0.4499, f), ExpectedZ.Lerp(22.8915, 23.0968, f), ExpectedZ.Lerp(0.13759, 0.13797, f))),
            r.WeightForAge!.Value.Value);
        Assert.Equal(-0.29, r.WeightForAge!.Value.Value);
        Assert.Equal(-0.15, r.BmiForAge!.Value.Value);
        Assert.Null(r.WeightForLengthHeight);
        Assert.Null(r.HeadCircumferenceForAge);
    }

    [Fact]
    public void Eleven_year_old_has_no_weight_for_age()
    {
        // 4020 days = 132.07 months; girls' height "2,132,1,144.9929,0.04584" / "2,133,1,145.528,0.0458".
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Female, AgeDays = 4020, LengthHeightCm = 145, WeightKg = 38 });
        var f = 4020 / 30.4375 - 132;

        Assert.Null(r.WeightForAge);
        Assert.NotNull(r.BmiForAge);
        Assert.Equal(
            ExpectedZ.Round2((145 / ExpectedZ.Lerp(144.9929, 145.528, f) - 1) / ExpectedZ.Lerp(0.04584, 0.0458, f)),
            r.LengthHeightForAge!.Value.Value);
    }

    [Theory]
    [InlineData(120.0, true)]
    [InlineData(120.01, false)]
    public void Weight_for_age_ends_at_120_months_inclusive(double months, bool computed)
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = GrowthInput.DaysFromMonths(months), WeightKg = 31 });
        Assert.Equal(computed, r.WeightForAge.HasValue);
    }

    [Theory]
    [InlineData(228.0, true)]
    [InlineData(228.5, false)]
    public void Height_and_bmi_for_age_end_at_228_months_inclusive(double months, bool computed)
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = GrowthInput.DaysFromMonths(months), LengthHeightCm = 176, WeightKg = 68 });
        Assert.Equal(computed, r.LengthHeightForAge.HasValue);
        Assert.Equal(computed, r.BmiForAge.HasValue);
        if (computed)
        {
            // Exactly 228 months uses row 228 as it is: "1,228,1,176.5432,0.04134".
            Assert.Equal(ExpectedZ.Round2((176 - 176.5432) / (176.5432 * 0.04134)), r.LengthHeightForAge!.Value.Value);
        }
    }

    [Fact]
    public void Oedema_blanks_weight_and_bmi_for_age_in_the_2007_reference()
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 2557, LengthHeightCm = 120, WeightKg = 22, Oedema = true });

        Assert.Null(r.WeightForAge);
        Assert.Null(r.BmiForAge);
        Assert.NotNull(r.LengthHeightForAge);
    }
}
