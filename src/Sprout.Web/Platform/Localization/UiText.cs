namespace Sprout.Web.Platform.Localization;

/// <summary>Marker for the shared UI strings in UiText.resx (Vietnamese is the neutral language).</summary>
public sealed class UiText;
