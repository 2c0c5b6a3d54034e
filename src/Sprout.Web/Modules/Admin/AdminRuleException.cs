using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Admin;

/// <summary>A school setting was refused; the Vietnamese message is shown to the user as is.</summary>
public sealed class AdminRuleException(string message) : RuleException(message);
