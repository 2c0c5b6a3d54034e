namespace Sprout.Domain.Plan;

/// <summary>
/// Judges a target's current value on a given day.
/// </summary>
/// <remarks>
/// The rule, in order:
/// <list type="number">
/// <item>No current value: <see cref="TargetStatus.NoData"/>.</item>
/// <item>The value meets the goal (≥, &gt;, &lt; or = as the target says): <see cref="TargetStatus.Achieved"/>.</item>
/// <item>The due date (<see cref="DueDate"/>) has passed: <see cref="TargetStatus.NotAchieved"/> – the goal was
/// missed, it is no longer a risk but a fact.</item>
/// <item>A trend exists – at least two months with values among the history (the current value counts as
/// today's month) – and it is not a yes/no target: the least-squares line through the last
/// <see cref="TrendMonths"/> such months is extended to the due date. If that projected value would not meet
/// the goal: <see cref="TargetStatus.AtRisk"/>, otherwise <see cref="TargetStatus.NotAchieved"/>
/// (behind but on course). This one rule covers "&lt;" targets too: for T15 a falling rate that crosses below
/// 2 % in time is on course, a flat or rising one is at risk.</item>
/// <item>No trend (or a yes/no target): <see cref="TargetStatus.AtRisk"/> when less than
/// <see cref="RiskShareOfTimeLeft"/> of the period is left (the period runs from its start, or the plan's
/// start for a term target, to the due date), otherwise <see cref="TargetStatus.NotAchieved"/>.</item>
/// </list>
/// </remarks>
public static class TargetEvaluator
{
    /// <summary>How many recent months with values the trend line is fitted to.</summary>
    public const int TrendMonths = 6;

    /// <summary>Without a trend, a target not met with less than this share of its period left is at risk.</summary>
    public const double RiskShareOfTimeLeft = 0.25;

    public static TargetStatus Evaluate(Target target, double? current, DateOnly today, IReadOnlyList<(DateOnly Month, double? Value)>? history = null) =>
        Assess(target, current, today, history).Status;

    public static TargetAssessment Assess(Target target, double? current, DateOnly today, IReadOnlyList<(DateOnly Month, double? Value)>? history = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var due = DueDate(target, today);
        if (current is not { } value)
        {
            return new(TargetStatus.NoData, due, null, "Chưa có số liệu.");
        }

        var shown = PlanFormat.Value(target, value);
        var goal = PlanFormat.Goal(target);
        if (target.IsMetBy(value))
        {
            return new(TargetStatus.Achieved, due, null, $"Đạt: {shown} (mục tiêu {goal}).");
        }

        var dueText = PlanFormat.Date(due);
        if (today > due)
        {
            return new(TargetStatus.NotAchieved, due, null, $"Đã quá hạn {dueText}: {shown}, chưa đạt mục tiêu {goal}.");
        }

        var points = TrendPoints(value, today, history);
        if (target.Unit != TargetUnit.YesNo && points.Count >= 2)
        {
            // A straight line runs past 100 % or below zero; no share or count can.
            var projected = Math.Max(0, Project(points, due));
            if (target.Unit == TargetUnit.Percent)
            {
                projected = Math.Min(100, projected);
            }

            var projectedText = PlanFormat.Value(target, projected);
            return target.IsMetBy(projected)
                ? new(TargetStatus.NotAchieved, due, projected, $"Chưa đạt ({shown}); theo xu hướng các tháng gần đây dự kiến đạt {projectedText} vào {dueText} (mục tiêu {goal}).")
                : new(TargetStatus.AtRisk, due, projected, $"Theo xu hướng các tháng gần đây, đến {dueText} dự kiến chỉ có {projectedText} (mục tiêu {goal}).");
        }

        var start = PeriodStart(target, due);
        var span = Math.Max(1, due.DayNumber - start.DayNumber);
        var left = due.DayNumber - today.DayNumber;
        return (double)left / span < RiskShareOfTimeLeft
            ? new(TargetStatus.AtRisk, due, null, $"Còn {left} ngày đến hạn {dueText} mà mới có {shown} (mục tiêu {goal}).")
            : new(TargetStatus.NotAchieved, due, null, $"Chưa đạt ({shown}); còn {left} ngày đến hạn {dueText} (mục tiêu {goal}).");
    }

    /// <summary>
    /// The day the goal is judged by: the target's deadline for a term target; for yearly and quarterly targets
    /// the end of the year or quarter containing <paramref name="today"/>, never after the deadline.
    /// </summary>
    public static DateOnly DueDate(Target target, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        var periodEnd = target.Period switch
        {
            TargetPeriod.Year => new DateOnly(today.Year, 12, 31),
            TargetPeriod.Quarter => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 3, 1).AddMonths(1).AddDays(-1),
            _ => target.Deadline,
        };
        return periodEnd < target.Deadline ? periodEnd : target.Deadline;
    }

    /// <summary>The first day of the period a due date closes; for a term target, the day the plan was issued.</summary>
    public static DateOnly PeriodStart(Target target, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Period switch
        {
            TargetPeriod.Year => new DateOnly(due.Year, 1, 1),
            TargetPeriod.Quarter => new DateOnly(due.Year, ((due.Month - 1) / 3 * 3) + 1, 1),
            _ => TargetCatalog.PlanStart,
        };
    }

    /// <summary>The history's months with values, today's value in place of its month, the last few months only.</summary>
    private static List<(int Day, double Value)> TrendPoints(double current, DateOnly today, IReadOnlyList<(DateOnly Month, double? Value)>? history)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var points = (history ?? [])
            .Where(h => h.Value.HasValue && new DateOnly(h.Month.Year, h.Month.Month, 1) < thisMonth)
            .GroupBy(h => new DateOnly(h.Month.Year, h.Month.Month, 1))
            .Select(g => (Day: g.Key.DayNumber, Value: g.Last().Value!.Value))
            .ToList();
        points.Add((today.DayNumber, current));
        return points.OrderBy(p => p.Day).TakeLast(TrendMonths).ToList();
    }

    /// <summary>Ordinary least squares through the points, read off at the due date.</summary>
    private static double Project(List<(int Day, double Value)> points, DateOnly due)
    {
        var meanX = points.Average(p => (double)p.Day);
        var meanY = points.Average(p => p.Value);
        var sxx = points.Sum(p => (p.Day - meanX) * (p.Day - meanX));
        var sxy = points.Sum(p => (p.Day - meanX) * (p.Value - meanY));
        var slope = sxx == 0 ? 0 : sxy / sxx;
        return meanY + (slope * (due.DayNumber - meanX));
    }
}
