using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Plan;

/// <summary>A refusal of the plan's rules, with the Vietnamese message shown to the user.</summary>
public sealed class PlanRuleException(string message) : RuleException(message);
