using System.Text;
using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class TargetCatalogTests
{
    [Fact]
    public void Seventeen_targets_T1_to_T17_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 17).Select(i => "T" + i), TargetCatalog.All.Select(t => t.Code));
        Assert.All(TargetCatalog.All, t =>
        {
            Assert.True(t.Name.IsNormalized(NormalizationForm.FormC));
            Assert.True(t.Goal.IsNormalized(NormalizationForm.FormC));
            Assert.False(string.IsNullOrWhiteSpace(t.Owner));
            Assert.True(t.Deadline <= TargetCatalog.TermEnd);
        });
    }

    [Theory]
    [InlineData("T1", "Có")]
    [InlineData("T5", "≥ 3")]
    [InlineData("T11", "≥ 90 %")]
    [InlineData("T13", "≥ 80 %")]
    [InlineData("T14", "> 98 %")]
    [InlineData("T15", "< 2 %")]
    [InlineData("T17", "≥ 1")]
    [InlineData("T3", "≥ 100 %")]
    public void Goals_read_as_the_plan_says(string code, string goal) => Assert.Equal(goal, TargetCatalog.Get(code).GoalLabel);

    [Fact]
    public void Owners_sources_and_deadlines_follow_the_plan()
    {
        Assert.Equal("Bí thư chi bộ", TargetCatalog.Get("T1").Owner);
        Assert.Equal("Nhân viên y tế", TargetCatalog.Get("T15").Owner);
        Assert.Equal("Phó bí thư chi bộ", TargetCatalog.Get("T17").Owner);
        Assert.Equal(TargetSource.Surveys, TargetCatalog.Get("T11").Source);
        Assert.Equal(TargetSource.Innovation, TargetCatalog.Get("T13").Source);
        Assert.Equal(TargetSource.Assets, TargetCatalog.Get("T12").Source);
        Assert.Equal(new DateOnly(2027, 12, 31), TargetCatalog.Get("T5").Deadline);
        Assert.Equal(TargetPeriod.Quarter, TargetCatalog.Get("T17").Period);
        Assert.Equal(TargetPeriod.Term, TargetCatalog.Get("T5").Period);
        Assert.Same(TargetCatalog.Get("T7"), TargetCatalog.Find(" t7 "));
        Assert.Null(TargetCatalog.Find("T18"));
        Assert.Throws<KeyNotFoundException>(() => TargetCatalog.Get("T0"));
    }

    [Fact]
    public void Every_area_has_targets_and_a_Vietnamese_name()
    {
        foreach (var area in TargetAreas.All)
        {
            Assert.Contains(TargetCatalog.All, t => t.Area == area);
            Assert.True(area.Name().Length > 5);
        }
    }

    [Fact]
    public void Values_use_the_Vietnamese_decimal_comma()
    {
        Assert.Equal("93,3 %", PlanFormat.Value(TargetCatalog.Get("T3"), 93.33));
        Assert.Equal("1,5 %", PlanFormat.Value(TargetCatalog.Get("T15"), 1.5));
        Assert.Equal("2", PlanFormat.Value(TargetCatalog.Get("T5"), 2));
        Assert.Equal("Có", PlanFormat.Value(TargetCatalog.Get("T1"), 1));
        Assert.Equal("Chưa", PlanFormat.Value(TargetCatalog.Get("T1"), 0));
        Assert.Equal("–", PlanFormat.Value(TargetCatalog.Get("T1"), null));
    }

    [Fact]
    public void The_seed_plan_states_each_percent_goal()
    {
        var plan = SeedPlan.Text();
        Assert.Contains("từ 90% trở lên", plan, StringComparison.Ordinal);
        Assert.Contains("trên 98%", plan, StringComparison.Ordinal);
        Assert.Contains("dưới 2%", plan, StringComparison.Ordinal);
        Assert.Contains("80% giáo viên trở lên", plan, StringComparison.Ordinal);
        Assert.Contains("ít nhất 03 đảng viên mới", plan, StringComparison.Ordinal);
        Assert.Contains("cuối năm 2027", plan, StringComparison.Ordinal);
    }
}
