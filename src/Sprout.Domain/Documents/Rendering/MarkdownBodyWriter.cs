using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sprout.Domain.Documents.Rendering;

/// <summary>Lays out the Markdown body: paragraphs, headings, bold/italic and lists, in the official body style.</summary>
internal sealed class MarkdownBodyWriter
{
    /// <summary>Decree 30 asks for a first-line indent of 1–1.27 cm and at least 6 pt between paragraphs.</summary>
    private const float FirstLineIndent = 10 * PageWriter.PointsPerMillimetre;
    private const float ParagraphGap = 6f;
    private const float ListIndent = 8 * PageWriter.PointsPerMillimetre;

    private readonly PageWriter writer;
    private readonly ParagraphLayout layout;

    public MarkdownBodyWriter(PageWriter writer, float size)
    {
        this.writer = writer;
        layout = new ParagraphLayout(writer, size);
    }

    public void Write(string markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty);
        foreach (var block in document) WriteBlock(block, 0);
    }

    private void WriteBlock(Block block, float indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var style = heading.Level <= 2 ? TextStyle.Bold : TextStyle.BoldItalic;
                // A heading alone at the foot of a page reads badly: keep it with the next line.
                writer.EnsureRoom(layout.LineHeight * 2);
                Paragraph(Runs(heading.Inline, style), indent, 0, heading.Level == 1 ? Alignment.Center : Alignment.Left);
                break;
            case ParagraphBlock paragraph:
                Paragraph(Runs(paragraph.Inline, TextStyle.Regular), indent, indent == 0 ? FirstLineIndent : 0, Alignment.Justify);
                break;
            case ListBlock list:
                WriteList(list, indent);
                break;
            case ThematicBreakBlock:
                writer.Y += ParagraphGap;
                break;
            case ContainerBlock container:
                foreach (var child in container) WriteBlock(child, indent);
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                Paragraph([new TextRun(leaf.Lines.ToString(), TextStyle.Regular)], indent, 0, Alignment.Left);
                break;
        }
    }

    private void WriteList(ListBlock list, float indent)
    {
        var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++.ToString(CultureInfo.InvariantCulture)}{list.OrderedDelimiter}" : "-";
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock p)
                {
                    var markerWidth = writer.Measure(marker + " ", TextStyle.Regular, layout.Size);
                    var x = PageWriter.MarginLeft + indent + ListIndent;
                    var lines = layout.Break(Runs(p.Inline, TextStyle.Regular), PageWriter.ContentWidth - indent - ListIndent);
                    writer.EnsureRoom(layout.LineHeight);
                    writer.DrawText(marker, x - markerWidth, writer.Y + (layout.Size * 0.95f), TextStyle.Regular, layout.Size);
                    layout.Flow(lines, x, PageWriter.ContentWidth - indent - ListIndent, Alignment.Justify);
                    writer.Y += ParagraphGap / 2;
                }
                else
                {
                    WriteBlock(child, indent + ListIndent);
                }

                first = false;
            }
        }

        writer.Y += ParagraphGap / 2;
    }

    private void Paragraph(List<TextRun> runs, float indent, float firstIndent, Alignment alignment)
    {
        var width = PageWriter.ContentWidth - indent;
        layout.Flow(layout.Break(runs, width, firstIndent), PageWriter.MarginLeft + indent, width, alignment);
        writer.Y += ParagraphGap;
    }

    private static List<TextRun> Runs(ContainerInline? inline, TextStyle style)
    {
        var runs = new List<TextRun>();
        if (inline is not null) Collect(inline, style, runs);
        return runs;
    }

    private static void Collect(Inline inline, TextStyle style, List<TextRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new TextRun(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                runs.Add(new TextRun(code.Content, style));
                break;
            case LineBreakInline lineBreak:
                runs.Add(new TextRun(lineBreak.IsHard ? "\n" : " ", style));
                break;
            case EmphasisInline emphasis:
                var inner = style | (emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic);
                foreach (var child in emphasis) Collect(child, inner, runs);
                break;
            case ContainerInline container:
                foreach (var child in container) Collect(child, style, runs);
                break;
            case HtmlEntityInline entity:
                runs.Add(new TextRun(entity.Transcoded.ToString(), style));
                break;
        }
    }
}
