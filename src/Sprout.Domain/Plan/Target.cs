namespace Sprout.Domain.Plan;

/// <summary>
/// One target (chỉ tiêu) of the plan, with the measurable goal Sprout checks it against.
/// Percent values are on a 0–100 scale; a yes/no target is 1 for yes and 0 for no.
/// </summary>
/// <param name="Code">"T1" … "T17", as issues and MISSION.md refer to it.</param>
/// <param name="Name">Short Vietnamese name for tables and charts.</param>
/// <param name="Goal">The goal as the plan words it.</param>
/// <param name="Comparison">How the current value is compared with <paramref name="GoalValue"/>.</param>
/// <param name="Owner">The Vietnamese role answerable for it, from the plan's assignment table.</param>
/// <param name="Deadline">The last day the goal must be met by; for recurring targets, the end of the term.</param>
/// <param name="Period">Whether the goal is judged once for the term or again every year or quarter.</param>
/// <param name="Source">The capability whose records supply the value.</param>
/// <param name="Area">The group it is summarised under in the report.</param>
public sealed record Target(
    string Code,
    string Name,
    string Goal,
    TargetComparison Comparison,
    double GoalValue,
    TargetUnit Unit,
    string Owner,
    DateOnly Deadline,
    TargetPeriod Period,
    TargetSource Source,
    TargetArea Area)
{
    /// <summary>The goal in short form, e.g. "≥ 90 %", "< 2 %", "≥ 3", "Có".</summary>
    public string GoalLabel => PlanFormat.Goal(this);

    /// <summary>True when <paramref name="value"/> meets the goal (a tiny tolerance absorbs rounding, e.g. 99.99999 for 100 %).</summary>
    public bool IsMetBy(double value)
    {
        const double Tolerance = 1e-9;
        return Comparison switch
        {
            TargetComparison.AtLeast => value >= GoalValue - Tolerance,
            TargetComparison.MoreThan => value > GoalValue + Tolerance,
            TargetComparison.LessThan => value < GoalValue - Tolerance,
            TargetComparison.Equal => Math.Abs(value - GoalValue) <= Tolerance,
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
    }
}
