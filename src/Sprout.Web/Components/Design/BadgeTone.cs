using Sprout.Domain.Growth;
using Sprout.Domain.Plan;

namespace Sprout.Web.Components.Design;

/// <summary>The colour family of a <see cref="StatusBadge"/>; each also has its own icon, so colour is never the only signal.</summary>
public enum BadgeTone
{
    Neutral,
    Success,
    Warning,
    Danger,
    Info,
}

public static class BadgeTones
{
    public static BadgeTone Of(TargetStatus status) => status switch
    {
        TargetStatus.Achieved => BadgeTone.Success,
        TargetStatus.AtRisk => BadgeTone.Danger,
        TargetStatus.NotAchieved => BadgeTone.Warning,
        _ => BadgeTone.Neutral,
    };

    /// <summary>A child's nutrition status: severe forms are dangers, others need watching, no finding is good news.</summary>
    public static BadgeTone Of(NutritionFindings? findings) => findings switch
    {
        null => BadgeTone.Neutral,
        NutritionFindings.None => BadgeTone.Success,
        var f when (f.Value & (NutritionFindings.SeverelyUnderweight | NutritionFindings.SeverelyStunted | NutritionFindings.SeverelyWasted | NutritionFindings.Obese)) != 0 => BadgeTone.Danger,
        _ => BadgeTone.Warning,
    };

    public static string Icon(this BadgeTone tone) => tone switch
    {
        BadgeTone.Success => "circle-check",
        BadgeTone.Warning => "clock",
        BadgeTone.Danger => "alert-triangle",
        BadgeTone.Info => "pencil",
        _ => "clock",
    };

    public static string CssClass(this BadgeTone tone) => "badge badge-" + tone.ToString().ToLowerInvariant();
}
