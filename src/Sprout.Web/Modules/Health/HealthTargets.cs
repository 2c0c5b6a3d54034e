using Sprout.Domain.Growth;

namespace Sprout.Web.Modules.Health;

public sealed record TargetFigure(int Numerator, int Denominator)
{
    public double? Rate => Denominator == 0 ? null : (double)Numerator / Denominator;
}

/// <summary>
/// The plan's health targets from the records: T14 (children developing fully for their age), T15 (children
/// malnourished or obese, latest measurement) and T16 (children with a periodic check in the last six months).
/// </summary>
public static class HealthTargets
{
    public const NutritionFindings Malnourished = NutritionFindings.Underweight | NutritionFindings.Stunted | NutritionFindings.Wasted;

    public static TargetFigure T15(IEnumerable<NutritionFindings?> latestFindings)
    {
        var assessed = latestFindings.Where(f => f is not null).Select(f => f!.Value).ToList();
        return new TargetFigure(assessed.Count(f => (f & (Malnourished | NutritionFindings.Obese)) != 0), assessed.Count);
    }

    public static TargetFigure T16(IEnumerable<DateOnly?> lastPeriodicCheck, DateOnly today)
    {
        var all = lastPeriodicCheck.ToList();
        return new TargetFigure(all.Count(d => d is { } date && date >= today.AddMonths(-6)), all.Count);
    }

    /// <summary>A child develops fully when every domain assessed in the period was achieved (and all five were assessed).</summary>
    public static TargetFigure T14(IEnumerable<IReadOnlyCollection<(DevelopmentDomain Domain, bool Achieved)>> childAssessments)
    {
        var assessed = childAssessments.Where(a => a.Count > 0).ToList();
        var domains = Enum.GetValues<DevelopmentDomain>().Length;
        return new TargetFigure(assessed.Count(a => a.Count(x => x.Achieved) == domains), assessed.Count);
    }
}
