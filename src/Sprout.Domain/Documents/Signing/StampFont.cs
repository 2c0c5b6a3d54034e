using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using Sprout.Domain.Documents.Rendering;

namespace Sprout.Domain.Documents.Signing;

/// <summary>
/// The font of a visible signature stamp: Liberation Serif cut down to the stamp's characters, keeping the full font's
/// glyph ids so the appearance stream can name glyphs directly (Identity-H), with the widths and the ToUnicode map a
/// PDF reader needs to lay out, copy and search the text. A stamp costs a few KB and shows Vietnamese in full.
/// </summary>
internal sealed class StampFont
{
    private readonly Dictionary<int, (ushort Glyph, int Width)> glyphs;

    private StampFont(byte[] file, Dictionary<int, (ushort Glyph, int Width)> glyphs)
    {
        File = file;
        this.glyphs = glyphs;
    }

    public const string BaseFont = "SPRSTP+LiberationSerif";

    /// <summary>The subset TrueType file for /FontFile2.</summary>
    public byte[] File { get; }

    public static StampFont For(IEnumerable<string> lines)
    {
        var codePoints = lines.SelectMany(l => l.Normalize(NormalizationForm.FormC).EnumerateRunes()).Select(r => r.Value).Append(' ').Distinct().ToList();
        var full = DocumentFonts.File(TextStyle.Regular);
        using var blob = Blob.FromStream(new MemoryStream(full));
        using var face = new Face(blob, 0);
        using var font = new Font(face);
        var scale = 1000.0 / face.UnitsPerEm;
        var map = new Dictionary<int, (ushort, int)>();
        foreach (var cp in codePoints)
        {
            if (!font.TryGetNominalGlyph((uint)cp, out var glyph)) glyph = 0;
            map[cp] = ((ushort)glyph, (int)Math.Round(font.GetHorizontalGlyphAdvance(glyph) * scale));
        }
        var subset = FontSubset.Subset(full, codePoints, FontSubset.Options.RetainGlyphIds | FontSubset.Options.NoHinting);
        return new StampFont(subset, map);
    }

    /// <summary>Text width in points at <paramref name="size"/>.</summary>
    public float Measure(string text, float size) =>
        Runes(text).Sum(cp => glyphs[cp].Width) * size / 1000f;

    /// <summary>The text as a hex string of two-byte glyph ids, for Tj under Identity-H.</summary>
    public string Hex(string text)
    {
        var sb = new StringBuilder("<");
        foreach (var cp in Runes(text)) sb.Append(glyphs[cp].Glyph.ToString("X4", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }

    /// <summary>The /W array: each glyph's advance in thousandths of the font size.</summary>
    public string Widths()
    {
        var sb = new StringBuilder("[");
        foreach (var (glyph, width) in glyphs.Values.Distinct().OrderBy(g => g.Glyph))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{glyph} [{width}] ");
        }
        return sb.Append(']').ToString();
    }

    /// <summary>A ToUnicode CMap, so the stamp's text copies and searches as Vietnamese, not as glyph numbers.</summary>
    public string ToUnicode()
    {
        var entries = glyphs.GroupBy(g => g.Value.Glyph).Select(g => (Glyph: g.Key, CodePoint: g.Min(x => x.Key))).OrderBy(e => e.Glyph).ToList();
        var sb = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in entries.Chunk(100))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, cp) in chunk)
            {
                var utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(cp)));
                sb.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{utf16}>\n");
            }
            sb.Append("endbfchar\n");
        }
        return sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").ToString();
    }

    private static IEnumerable<int> Runes(string text) => text.Normalize(NormalizationForm.FormC).EnumerateRunes().Select(r => r.Value);
}
