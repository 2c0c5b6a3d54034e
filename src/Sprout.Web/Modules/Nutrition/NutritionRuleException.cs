using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>
/// A kitchen rule refused a save; the Vietnamese message is shown as is. A file or a dish can break several rules at
/// once: <see cref="Problems"/> lists them all, so the cook fixes everything in one go.
/// </summary>
public sealed class NutritionRuleException(string message, IReadOnlyList<string>? problems = null) : RuleException(message)
{
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
