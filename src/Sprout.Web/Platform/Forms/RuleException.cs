namespace Sprout.Web.Platform.Forms;

/// <summary>A module's rule refused an action; the Vietnamese message is shown to the user as is.</summary>
public abstract class RuleException(string message) : Exception(message);
