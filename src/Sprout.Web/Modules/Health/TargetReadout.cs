using Sprout.Domain.Plan;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// One plan target as every page shows it: the value the dashboard assesses (a percentage as 0–100, a count, 1/0 for
/// yes/no) and the wording of what it counts, with the year or period it refers to. The capability computes it once;
/// its own page and the target dashboard both print this, so the two can never disagree.
/// </summary>
public sealed record TargetReadout(string Code, double? Value, string Detail)
{
    public static TargetReadout Percent(string code, TargetFigure figure, string prefix = "") =>
        new(code, figure.Rate * 100, $"{prefix}{figure.Numerator}/{figure.Denominator}");

    /// <summary>The value as the dashboard writes it ("93,8 %", "2", "Có", "–").</summary>
    public string ValueText => TargetCatalog.Find(Code) is { } target ? PlanFormat.Value(target, Value) : "–";

    /// <summary>The value for a <c>data-value</c> attribute that tests compare across pages.</summary>
    public string DataValue => Value is { } v ? PlanFormat.Number(v) : string.Empty;
}
