namespace Sprout.Domain.Media;

/// <summary>
/// The widths a child's photo is served in besides its stored size: a phone's thumbnail (1× and 2× screens) and a
/// tablet's. Only these, so a request cannot make the server re-encode a photo at any width it names.
/// </summary>
public static class PhotoSizes
{
    public static IReadOnlyList<int> Widths { get; } = [160, 320, 640];

    /// <summary>The width to re-encode to, or null to serve the stored photo (no width asked, an unknown one, or a photo already that small).</summary>
    public static int? Pick(int? requested, int storedWidth, int storedHeight) =>
        requested is { } w && Widths.Contains(w) && w < Math.Max(storedWidth, storedHeight) ? w : null;
}
