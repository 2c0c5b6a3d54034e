using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Sprout.Domain.Documents.Rendering;

/// <summary>Owns the PDF document, the current page and the vertical cursor; breaks pages when content runs out of room.</summary>
internal sealed class PageWriter : IDisposable
{
    public const float PointsPerMillimetre = 72f / 25.4f;
    public const float PageWidth = 210 * PointsPerMillimetre;
    public const float PageHeight = 297 * PointsPerMillimetre;
    public const float MarginTop = 20 * PointsPerMillimetre;
    public const float MarginBottom = 20 * PointsPerMillimetre;
    public const float MarginLeft = 30 * PointsPerMillimetre;
    public const float MarginRight = 15 * PointsPerMillimetre;
    public const float ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const float ContentBottom = PageHeight - MarginBottom;

    private readonly SKDocument document;
    private readonly SKShaper[] shapers;
    private readonly SKTypeface[] faces;
    private readonly bool ownsFaces;
    private readonly Dictionary<(TextStyle, float), SKFont> fonts = [];
    private readonly SKPaint ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint rule = new() { Color = SKColors.Black, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
    private SKCanvas? canvas;

    /// <param name="faces">The four faces by <see cref="TextStyle"/>; by default the full fonts.</param>
    public PageWriter(Stream output, SKDocumentPdfMetadata metadata, SKTypeface[]? faces = null)
    {
        document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        ownsFaces = faces is not null;
        this.faces = faces ?? Enum.GetValues<TextStyle>().Select(DocumentFonts.Get).ToArray();
        shapers = Enum.GetValues<TextStyle>().Select(s => new SKShaper(this.faces[(int)s])).ToArray();
        NewPage();
    }

    /// <summary>Distance from the top edge of the page to the top of the next line.</summary>
    public float Y { get; set; }

    public int PageCount { get; private set; }

    public void NewPage()
    {
        if (canvas is not null) document.EndPage();
        canvas = document.BeginPage(PageWidth, PageHeight);
        PageCount++;
        Y = MarginTop;
        // Decree 30: pages after the first are numbered, centred in the top margin, in upright 13 pt.
        if (PageCount > 1)
        {
            DrawCentred(PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), MarginLeft + (ContentWidth / 2), MarginTop - (6 * PointsPerMillimetre), TextStyle.Regular, 13f);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits above the bottom margin.</summary>
    public void EnsureRoom(float height)
    {
        if (Y + height > ContentBottom && Y > MarginTop) NewPage();
    }

    public SKFont Font(TextStyle style, float size)
    {
        if (!fonts.TryGetValue((style, size), out var font))
        {
            font = new SKFont(faces[(int)style], size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            fonts[(style, size)] = font;
        }

        return font;
    }

    public float Measure(string text, TextStyle style, float size) =>
        text.Length == 0 ? 0 : shapers[(int)style].Shape(Nfc(text), Font(style, size)).Width;

    /// <summary>Draws shaped text so that stacked Vietnamese diacritics (ặ, ỗ, ữ) land where the font wants them.</summary>
    public void DrawText(string text, float x, float baseline, TextStyle style, float size)
    {
        if (text.Length == 0) return;
        Canvas.DrawShapedText(shapers[(int)style], Nfc(text), x, baseline, SKTextAlign.Left, Font(style, size), ink);
    }

    public void DrawCentred(string text, float centreX, float baseline, TextStyle style, float size) =>
        DrawText(text, centreX - (Measure(text, style, size) / 2), baseline, style, size);

    public void DrawRule(float x1, float x2, float y) => Canvas.DrawLine(x1, y, x2, y, rule);

    public void Close()
    {
        if (canvas is null) return;
        document.EndPage();
        canvas = null;
        document.Close();
    }

    public void Dispose()
    {
        foreach (var shaper in shapers) shaper.Dispose();
        foreach (var font in fonts.Values) font.Dispose();
        ink.Dispose();
        rule.Dispose();
        document.Dispose();
        if (ownsFaces)
        {
            foreach (var face in faces) face.Dispose();
        }
    }

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("The document is already closed.");

    /// <summary>Precomposed letters map to the font's own glyphs, which keeps copy-paste and search working in the PDF.</summary>
    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
