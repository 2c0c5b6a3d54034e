using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// A rule of the school's development indicators refused a save; the Vietnamese message is shown as is, and
/// <see cref="Problems"/> lists every faulty row of an imported file so it can be fixed in one go.
/// </summary>
public sealed class DevelopmentRuleException(string message, IReadOnlyList<string>? problems = null) : RuleException(message)
{
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
