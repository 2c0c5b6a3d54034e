using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Sprout.Domain.Plan;

public enum DocxAlignment
{
    Left = 0,
    Center = 1,
    Right = 2,
    Justify = 3,
}

/// <summary>A run of text with its emphasis; "\n" inside the text becomes a line break.</summary>
public sealed record DocxRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>
/// Writes a minimal Word document (.docx, WordprocessingML) for schools that still edit reports in Word:
/// A4, margins 20/20/30/15 mm (top/bottom/left/right, Decree 30), Times New Roman 13 pt, paragraphs with
/// bold and italic runs, two heading levels and bordered tables.
/// </summary>
/// <remarks>
/// Built with ZipArchive and XmlWriter only, no Office library. Entries carry a fixed timestamp so the same
/// content gives the same bytes. Characters XML cannot hold (control codes) are dropped.
/// </remarks>
public sealed class DocxBuilder
{
    /// <summary>A4 in twentieths of a point.</summary>
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginBottom = 1134;
    private const int MarginLeft = 1701;
    private const int MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    private readonly List<Action<XmlWriter>> blocks = [];

    public DocxBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 2);
        blocks.Add(w => WriteParagraph(w, [new DocxRun(text, Bold: true)], level == 1 ? DocxAlignment.Center : DocxAlignment.Left, "Heading" + level));
        return this;
    }

    public DocxBuilder Paragraph(string text, DocxAlignment alignment = DocxAlignment.Justify, bool bold = false, bool italic = false) =>
        Paragraph([new DocxRun(text, bold, italic)], alignment);

    public DocxBuilder Paragraph(IReadOnlyList<DocxRun> runs, DocxAlignment alignment = DocxAlignment.Justify)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var copy = runs.ToList();
        blocks.Add(w => WriteParagraph(w, copy, alignment, null));
        return this;
    }

    /// <summary>A bordered table over the text width; the first row is bold and repeats on each page when <paramref name="headerRow"/>.</summary>
    public DocxBuilder Table(IReadOnlyList<IReadOnlyList<string>> rows, bool headerRow = true, IReadOnlyList<int>? columnPercents = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = rows.Select(r => r.ToList()).ToList();
        var columns = copy.Count == 0 ? 0 : copy.Max(r => r.Count);
        if (columns == 0)
        {
            return this;
        }

        var widths = Widths(columns, columnPercents);
        blocks.Add(w => WriteTable(w, copy, widths, headerRow));
        return this;
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", DocxParts.ContentTypes);
            Entry(zip, "_rels/.rels", DocxParts.PackageRelationships);
            Entry(zip, "word/_rels/document.xml.rels", DocxParts.DocumentRelationships);
            Entry(zip, "word/styles.xml", DocxParts.Styles);
            Entry(zip, "word/document.xml", WriteDocument);
        }

        return buffer.ToArray();
    }

    private static int[] Widths(int columns, IReadOnlyList<int>? percents)
    {
        if (percents is null || percents.Count != columns || percents.Sum() <= 0)
        {
            return Enumerable.Repeat(TextWidth / columns, columns).ToArray();
        }

        var total = percents.Sum();
        return percents.Select(p => TextWidth * p / total).ToArray();
    }

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    private void WriteDocument(XmlWriter w)
    {
        w.WriteStartElement("w", "document", DocxParts.W);
        w.WriteStartElement("w", "body", DocxParts.W);
        foreach (var block in blocks)
        {
            block(w);
        }

        w.WriteStartElement("w", "sectPr", DocxParts.W);
        Element(w, "pgSz", ("w", PageWidth), ("h", PageHeight));
        Element(w, "pgMar", ("top", MarginTop), ("right", MarginRight), ("bottom", MarginBottom), ("left", MarginLeft),
            ("header", 709), ("footer", 709), ("gutter", 0));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteParagraph(XmlWriter w, IReadOnlyList<DocxRun> runs, DocxAlignment alignment, string? style)
    {
        w.WriteStartElement("w", "p", DocxParts.W);
        w.WriteStartElement("w", "pPr", DocxParts.W);
        if (style is not null)
        {
            Element(w, "pStyle", ("val", style));
        }

        Element(w, "jc", ("val", alignment switch
        {
            DocxAlignment.Center => "center",
            DocxAlignment.Right => "right",
            DocxAlignment.Justify => "both",
            _ => "left",
        }));
        w.WriteEndElement();
        foreach (var run in runs)
        {
            WriteRun(w, run);
        }

        w.WriteEndElement();
    }

    private static void WriteRun(XmlWriter w, DocxRun run)
    {
        w.WriteStartElement("w", "r", DocxParts.W);
        if (run.Bold || run.Italic)
        {
            w.WriteStartElement("w", "rPr", DocxParts.W);
            if (run.Bold)
            {
                Element(w, "b");
            }

            if (run.Italic)
            {
                Element(w, "i");
            }

            w.WriteEndElement();
        }

        var lines = XmlSafe(run.Text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Element(w, "br");
            }

            w.WriteStartElement("w", "t", DocxParts.W);
            w.WriteAttributeString("xml", "space", null, "preserve");
            w.WriteString(lines[i]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteTable(XmlWriter w, List<List<string>> rows, int[] widths, bool headerRow)
    {
        w.WriteStartElement("w", "tbl", DocxParts.W);
        w.WriteStartElement("w", "tblPr", DocxParts.W);
        Element(w, "tblW", ("w", TextWidth), ("type", "dxa"));
        w.WriteStartElement("w", "tblBorders", DocxParts.W);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            Element(w, side, ("val", "single"), ("sz", 4), ("space", 0), ("color", "000000"));
        }

        w.WriteEndElement();
        Element(w, "tblLayout", ("type", "fixed"));
        w.WriteEndElement();
        w.WriteStartElement("w", "tblGrid", DocxParts.W);
        foreach (var width in widths)
        {
            Element(w, "gridCol", ("w", width));
        }

        w.WriteEndElement();
        for (var r = 0; r < rows.Count; r++)
        {
            var header = headerRow && r == 0;
            w.WriteStartElement("w", "tr", DocxParts.W);
            if (header)
            {
                w.WriteStartElement("w", "trPr", DocxParts.W);
                Element(w, "tblHeader");
                w.WriteEndElement();
            }

            for (var c = 0; c < widths.Length; c++)
            {
                w.WriteStartElement("w", "tc", DocxParts.W);
                w.WriteStartElement("w", "tcPr", DocxParts.W);
                Element(w, "tcW", ("w", widths[c]), ("type", "dxa"));
                w.WriteEndElement();
                var text = c < rows[r].Count ? rows[r][c] : string.Empty;
                WriteParagraph(w, [new DocxRun(text, Bold: header)], header ? DocxAlignment.Center : DocxAlignment.Left, null);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();

        // Word needs a paragraph between a table and whatever follows (and at the end of the body).
        WriteParagraph(w, [], DocxAlignment.Left, null);
    }

    /// <summary>An empty w: element with w: attributes; numbers are written invariantly.</summary>
    internal static void Element(XmlWriter w, string name, params (string Name, object Value)[] attributes)
    {
        w.WriteStartElement("w", name, DocxParts.W);
        foreach (var (attribute, value) in attributes)
        {
            w.WriteAttributeString("w", attribute, DocxParts.W, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteEndElement();
    }

    private static string XmlSafe(string? text)
    {
        var nfc = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (char.IsHighSurrogate(c) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]))
            {
                sb.Append(c).Append(nfc[++i]);
            }
            else if (c == '\n' || XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
