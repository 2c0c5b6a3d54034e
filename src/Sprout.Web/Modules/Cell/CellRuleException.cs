using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Cell;

/// <summary>A Party rule refused the action; the message is shown to the user as is, in Vietnamese.</summary>
public sealed class CellRuleException(string message) : RuleException(message);
