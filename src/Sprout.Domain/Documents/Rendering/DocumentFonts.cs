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
    private static readonly string[] FaceNames = ["Regular", "Bold", "Italic", "BoldItalic"];
    private static readonly Lazy<byte[]>[] Files = FaceNames.Select(f => new Lazy<byte[]>(() => Read(f))).ToArray();
    private static readonly Lazy<SKTypeface>[] Faces = Files.Select(f => new Lazy<SKTypeface>(() => FromBytes(f.Value))).ToArray();

    /// <summary>Every printable ASCII character, so numbers, page numbers and punctuation never miss a glyph.</summary>
    private static readonly int[] Ascii = Enumerable.Range(0x20, 0x7F - 0x20).ToArray();

    public static SKTypeface Get(TextStyle style) => Faces[(int)style].Value;

    public static byte[] File(TextStyle style) => Files[(int)style].Value;

    /// <summary>The four faces cut down to the characters of <paramref name="texts"/> (and their capitals) plus ASCII.</summary>
    public static SKTypeface[] SubsetFor(IEnumerable<string?> texts)
    {
        var codePoints = new HashSet<int>(Ascii);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var variant in new[] { text, text.Normalize(System.Text.NormalizationForm.FormC), text.ToUpperInvariant().Normalize(System.Text.NormalizationForm.FormC) })
            {
                foreach (var rune in variant.EnumerateRunes()) codePoints.Add(rune.Value);
            }
        }
        return Files.Select(f => FromBytes(FontSubset.Subset(f.Value, codePoints, FontSubset.Options.NoHinting))).ToArray();
    }

    private static SKTypeface FromBytes(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("Skia could not read a document font.");
    }

    private static byte[] Read(string face)
    {
        var name = $"Sprout.Domain.Documents.Fonts.LiberationSerif-{face}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
