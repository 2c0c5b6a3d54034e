using Sprout.Domain.Growth;
using Sprout.Web.Modules.Health;

namespace Sprout.Web.Tests.Modules.Health;

public class HealthTargetsTests
{
    [Fact]
    public void T15_counts_malnourished_or_obese_among_children_with_a_measurement()
    {
        NutritionFindings?[] findings = [NutritionFindings.None, NutritionFindings.Underweight, NutritionFindings.Obese | NutritionFindings.Overweight, NutritionFindings.Overweight, null];
        var t15 = HealthTargets.T15(findings);
        Assert.Equal((2, 4), (t15.Numerator, t15.Denominator));
        Assert.Equal(0.5, t15.Rate);
    }

    [Fact]
    public void T16_counts_a_periodic_check_within_six_months()
    {
        var today = new DateOnly(2026, 11, 24);
        var t16 = HealthTargets.T16([new DateOnly(2026, 9, 25), new DateOnly(2026, 5, 23), null], today);
        Assert.Equal((1, 3), (t16.Numerator, t16.Denominator));
    }

    [Fact]
    public void T14_needs_all_five_domains_achieved()
    {
        var all = Enum.GetValues<DevelopmentDomain>().Select(d => (d, true)).ToList();
        var missingOne = all.Select(x => (x.d, x.d != DevelopmentDomain.Language)).ToList();
        var t14 = HealthTargets.T14([all, missingOne, []]);
        Assert.Equal((1, 2), (t14.Numerator, t14.Denominator));
    }
}
