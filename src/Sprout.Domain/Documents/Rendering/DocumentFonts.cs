using System.Reflection;
using SkiaSharp;

namespace Sprout.Domain.Documents.Rendering;

[Flags]
internal enum TextStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    BoldItalic = Bold | Italic,
}

/// <summary>The shipped Liberation Serif faces, metric-compatible with Times New Roman which Decree 30 asks for.</summary>
/// <remarks>Loaded from the assembly so that rendering never depends on the fonts installed on the server.</remarks>
internal static class DocumentFonts
{
    private static readonly Lazy<SKTypeface>[] Faces =
    [
        new(() => Load("Regular")),
        new(() => Load("Bold")),
        new(() => Load("Italic")),
        new(() => Load("BoldItalic")),
    ];

    public static SKTypeface Get(TextStyle style) => Faces[(int)style].Value;

    private static SKTypeface Load(string face)
    {
        var name = $"Sprout.Domain.Documents.Fonts.LiberationSerif-{face}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the build.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read {name}.");
    }
}
