using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class TargetEvaluatorTests
{
    private static readonly Target T1 = TargetCatalog.Get("T1");
    private static readonly Target T5 = TargetCatalog.Get("T5");
    private static readonly Target T11 = TargetCatalog.Get("T11");
    private static readonly Target T12 = TargetCatalog.Get("T12");
    private static readonly Target T14 = TargetCatalog.Get("T14");
    private static readonly Target T15 = TargetCatalog.Get("T15");
    private static readonly Target T17 = TargetCatalog.Get("T17");

    private static (DateOnly, double?)[] Months(int year, int firstMonth, params double?[] values) =>
        values.Select((v, i) => (new DateOnly(year, firstMonth, 1).AddMonths(i), v)).ToArray();

    [Fact]
    public void Labels_are_Vietnamese()
    {
        Assert.Equal("đạt", TargetStatus.Achieved.Label());
        Assert.Equal("chưa đạt", TargetStatus.NotAchieved.Label());
        Assert.Equal("có nguy cơ", TargetStatus.AtRisk.Label());
        Assert.Equal("chưa có số liệu", TargetStatus.NoData.Label());
    }

    [Fact]
    public void No_value_is_no_data()
    {
        var a = TargetEvaluator.Assess(T11, null, new DateOnly(2026, 3, 1));
        Assert.Equal(TargetStatus.NoData, a.Status);
        Assert.Equal("chưa có số liệu", a.Label);
    }

    [Theory]
    [InlineData(90, TargetStatus.Achieved)]
    [InlineData(95.5, TargetStatus.Achieved)]
    [InlineData(89.9, TargetStatus.NotAchieved)]
    public void At_least_targets(double value, TargetStatus expected) =>
        Assert.Equal(expected, TargetEvaluator.Evaluate(T11, value, new DateOnly(2026, 3, 1)));

    [Theory]
    [InlineData(98, TargetStatus.NotAchieved)]
    [InlineData(98.1, TargetStatus.Achieved)]
    public void More_than_targets_need_strictly_more(double value, TargetStatus expected) =>
        Assert.Equal(expected, TargetEvaluator.Evaluate(T14, value, new DateOnly(2026, 3, 1)));

    [Fact]
    public void Below_limit_targets_T15()
    {
        var march = new DateOnly(2026, 3, 1);
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(T15, 1.9, march));
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T15, 2.0, march));
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T15, 2.4, march));

        // Falling fast enough to be under 2 % by 31/12/2026: on course.
        var falling = TargetEvaluator.Assess(T15, 2.6, new DateOnly(2026, 6, 10), Months(2026, 1, 3.6, 3.4, 3.2, 3.0, 2.8));
        Assert.Equal(TargetStatus.NotAchieved, falling.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), falling.DueDate);
        Assert.True(falling.Projected < 2);

        // Rising: at risk even with half the year left.
        var rising = TargetEvaluator.Assess(T15, 2.6, new DateOnly(2026, 6, 10), Months(2026, 1, 2.1, 2.2, 2.3, 2.4, 2.5));
        Assert.Equal(TargetStatus.AtRisk, rising.Status);
        Assert.True(rising.Projected > 2);
        Assert.Contains("31/12/2026", rising.Explanation, StringComparison.Ordinal);
        Assert.Contains("< 2 %", rising.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_target_T5_by_the_end_of_2027()
    {
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(T5, 3, new DateOnly(2026, 5, 1)));
        Assert.Equal(new DateOnly(2027, 12, 31), TargetEvaluator.DueDate(T5, new DateOnly(2026, 5, 1)));

        // No history: plenty of time left in 2026, little left in November 2027.
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T5, 1, new DateOnly(2026, 5, 1)));
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(T5, 2, new DateOnly(2027, 11, 1)));

        // Flat at 1 for months: the trend reaches nowhere near 3.
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(T5, 1, new DateOnly(2026, 7, 1), Months(2026, 1, 1, 1, 1, 1, 1, 1)));

        // Missed after the deadline: a fact, not a risk.
        var late = TargetEvaluator.Assess(T5, 2, new DateOnly(2028, 1, 15));
        Assert.Equal(TargetStatus.NotAchieved, late.Status);
        Assert.Contains("Đã quá hạn 31/12/2027", late.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Yes_no_target_T1_ignores_trends_and_uses_time_left()
    {
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(T1, 1, new DateOnly(2026, 12, 20)));
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T1, 0, new DateOnly(2026, 3, 1), Months(2026, 1, 0, 0)));
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(T1, 0, new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void Rising_trend_that_reaches_the_goal_is_on_course()
    {
        var a = TargetEvaluator.Assess(T12, 70, new DateOnly(2026, 5, 15), Months(2026, 1, 50, 55, 60, 65));
        Assert.Equal(TargetStatus.NotAchieved, a.Status);
        Assert.Equal(100, a.Projected);
        Assert.Equal(new DateOnly(2027, 12, 31), a.DueDate);
    }

    [Fact]
    public void Slow_trend_is_at_risk_and_nulls_in_history_are_skipped()
    {
        var a = TargetEvaluator.Assess(T11, 85, new DateOnly(2026, 9, 1), Months(2026, 3, 84, null, 84.5, null, 85));
        Assert.Equal(TargetStatus.AtRisk, a.Status);
        Assert.InRange(a.Projected!.Value, 85, 88);
        Assert.Contains("85,", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_trend_a_quarter_of_the_period_left_is_the_line()
    {
        // Yearly target: 25 % of 2026 left from about 2 October.
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T11, 80, new DateOnly(2026, 9, 15)));
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(T11, 80, new DateOnly(2026, 10, 15)));
    }

    [Fact]
    public void Quarterly_target_T17_is_due_at_the_end_of_each_quarter()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), TargetEvaluator.DueDate(T17, new DateOnly(2026, 5, 2)));
        Assert.Equal(new DateOnly(2026, 4, 1), TargetEvaluator.PeriodStart(T17, new DateOnly(2026, 6, 30)));
        Assert.Equal(TargetStatus.NotAchieved, TargetEvaluator.Evaluate(T17, 0, new DateOnly(2026, 4, 20)));
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.Evaluate(T17, 0, new DateOnly(2026, 6, 20)));
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(T17, 1, new DateOnly(2026, 6, 20)));
    }
}
