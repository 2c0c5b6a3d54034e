using System.Globalization;

namespace Sprout.Domain.Plan;

/// <summary>How plan figures are written for people: Vietnamese culture (decimal comma), never the server's.</summary>
public static class PlanFormat
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"93,3" – at most one decimal.</summary>
    public static string Number(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Vietnamese);

    /// <summary>"93,3 %", "2", "Có"/"Chưa", or "–" when there is no value.</summary>
    public static string Value(Target target, double? value)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is not { } v)
        {
            return "–";
        }

        return target.Unit switch
        {
            TargetUnit.Percent => Number(v) + " %",
            TargetUnit.YesNo => v >= 0.5 ? "Có" : "Chưa",
            _ => Number(v),
        };
    }

    /// <summary>"≥ 90 %", "> 98 %", "&lt; 2 %", "≥ 3", "Có".</summary>
    public static string Goal(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Unit == TargetUnit.YesNo)
        {
            return target.GoalValue >= 0.5 ? "Có" : "Không";
        }

        var sign = target.Comparison switch
        {
            TargetComparison.AtLeast => "≥ ",
            TargetComparison.MoreThan => "> ",
            TargetComparison.LessThan => "< ",
            _ => "= ",
        };
        return sign + Number(target.GoalValue) + (target.Unit == TargetUnit.Percent ? " %" : string.Empty);
    }

    /// <summary>"30/10/2025".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"11/2026", the month labels of charts.</summary>
    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
