using SkiaSharp;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Documents.Rendering;

/// <summary>Renders an <see cref="OfficialDocument"/> to an A4 PDF in the layout of Decree 30/2020/NĐ-CP (or Hướng dẫn 36 for Party documents).</summary>
public static class OfficialPdfRenderer
{
    private const float RecipientsHeadingSize = 12f;
    private const float RecipientsSize = 11f;

    /// <summary>Left header column; the national title needs the wider right column to stay on one line.</summary>
    private const float StateLeftShare = 0.42f;

    /// <summary>"ĐẢNG CỘNG SẢN VIỆT NAM" is short, and the Party bodies at 14 pt need the room on the left.</summary>
    private const float PartyLeftShare = 0.52f;

    public static byte[] Render(OfficialDocument document) => RenderWithLayout(document).Pdf;

    /// <summary>Renders and also reports where things landed, so a signature stamp can sit in the signing space.</summary>
    public static RenderedDocument RenderWithLayout(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        SignatureAppearance? stamp;
        int pages;
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = string.Join(" ", new[] { document.Type.VietnameseName, document.Title }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Author = document.IssuingBody,
            Creator = "Sprout",
            Producer = "Sprout",
            Creation = document.Date.ToDateTime(TimeOnly.MinValue),
            Modified = document.Date.ToDateTime(TimeOnly.MinValue),
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        using (var writer = new PageWriter(output, metadata, DocumentFonts.SubsetFor(TextsOf(document))))
        {
            WriteHeader(writer, document);
            WriteTitle(writer, document);
            new MarkdownBodyWriter(writer, TypeSizes.For(document.Kind).Body).Write(document.BodyMarkdown);
            stamp = WriteClosing(writer, document);
            pages = writer.PageCount;
            writer.Close();
        }

        return new RenderedDocument(output.ToArray(), pages, stamp);
    }

    private static void WriteHeader(PageWriter w, OfficialDocument d)
    {
        var sizes = TypeSizes.For(d.Kind);
        var header = new ParagraphLayout(w, sizes.Header, 1.15f);
        var party = d.Kind == DocumentKind.Party;
        var top = w.Y;
        var leftWidth = PageWriter.ContentWidth * (party ? PartyLeftShare : StateLeftShare);
        var rightX = PageWriter.MarginLeft + leftWidth;
        var rightWidth = PageWriter.ContentWidth - leftWidth;
        var leftCentre = PageWriter.MarginLeft + (leftWidth / 2);
        var rightCentre = rightX + (rightWidth / 2);

        var left = top;
        if (!string.IsNullOrWhiteSpace(d.ParentBody))
        {
            left = header.DrawAt(header.Break([new TextRun(Upper(d.ParentBody), TextStyle.Regular)], leftWidth), PageWriter.MarginLeft, left, leftWidth, Alignment.Center);
        }

        var issuerLines = header.Break([new TextRun(Upper(d.IssuingBody), TextStyle.Bold)], leftWidth);
        left = header.DrawAt(issuerLines, PageWriter.MarginLeft, left, leftWidth, Alignment.Center);
        if (party)
        {
            w.DrawCentred("*", leftCentre, left + sizes.Header, TextStyle.Regular, sizes.Header);
            left += sizes.Header * 1.2f;
        }
        else
        {
            // Decree 30: a solid rule one third to one half as long as the issuer's name.
            var half = issuerLines.Max(l => l.NaturalWidth) * 0.2f;
            w.DrawRule(leftCentre - half, leftCentre + half, left + 2f);
            left += 5;
        }

        var right = top;
        if (party)
        {
            right = DrawRuled(w, "ĐẢNG CỘNG SẢN VIỆT NAM", rightCentre, right, TextStyle.Bold, sizes.PartyName);
        }
        else
        {
            var nationalSize = FitSize(w, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextStyle.Bold, sizes.Header, rightWidth);
            w.DrawCentred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightCentre, right + (nationalSize * 0.95f), TextStyle.Bold, nationalSize);
            right += nationalSize * 1.2f;
            right = DrawRuled(w, "Độc lập - Tự do - Hạnh phúc", rightCentre, right, TextStyle.Bold, 13f);
        }

        // Number on the left and place/date on the right share one line, as in the decree's sample layout.
        var line = Math.Max(left, right) + 6;
        var number = d.Number?.Format() ?? (party ? "Số      -" : "Số:      /");
        var numberLayout = new ParagraphLayout(w, sizes.Number);
        var below = numberLayout.DrawAt(
            numberLayout.Break([new TextRun(number, TextStyle.Regular)], leftWidth),
            PageWriter.MarginLeft, line, leftWidth, Alignment.Center);
        if (d.Type.IsCongVan && !string.IsNullOrWhiteSpace(d.Title))
        {
            var about = new ParagraphLayout(w, sizes.LetterSummary, 1.15f);
            below = about.DrawAt(about.Break([new TextRun("V/v " + d.Title.Trim(), sizes.LetterSummaryStyle)], leftWidth - 10), PageWriter.MarginLeft + 5, below, leftWidth - 10, Alignment.Center);
        }

        var dateLayout = new ParagraphLayout(w, sizes.PlaceDate);
        var dateBottom = dateLayout.DrawAt(
            dateLayout.Break([new TextRun(DocumentDate.Format(d.Place, d.Date), TextStyle.Italic)], rightWidth),
            rightX, line, rightWidth, Alignment.Center);
        w.Y = Math.Max(below, dateBottom) + 14;
    }

    private static void WriteTitle(PageWriter w, OfficialDocument d)
    {
        if (d.Type.IsCongVan)
        {
            w.Y += 4;
            return;
        }

        var sizes = TypeSizes.For(d.Kind);
        var title = new ParagraphLayout(w, sizes.TypeName);
        title.Flow(title.Break([new TextRun(Upper(d.Type.VietnameseName), TextStyle.Bold)], PageWriter.ContentWidth), PageWriter.MarginLeft, PageWriter.ContentWidth, Alignment.Center);
        if (!string.IsNullOrWhiteSpace(d.Title))
        {
            var summary = new ParagraphLayout(w, sizes.Summary);
            var lines = summary.Break([new TextRun(d.Title.Trim(), TextStyle.Bold)], PageWriter.ContentWidth * 0.85f);
            summary.Flow(lines, PageWriter.MarginLeft, PageWriter.ContentWidth, Alignment.Center);
            var centre = PageWriter.MarginLeft + (PageWriter.ContentWidth / 2);
            var half = Math.Min(lines.Max(l => l.NaturalWidth) / 4, 45);
            w.DrawRule(centre - half, centre + half, w.Y + 2);
            w.Y += 4;
        }

        w.Y += 12;
    }

    /// <summary>Signature on the right and "Nơi nhận:" on the left start on the same line and move to a new page together.</summary>
    private static SignatureAppearance? WriteClosing(PageWriter w, OfficialDocument d)
    {
        if (d.Signature is null && d.Recipients.Count == 0) return null;
        var leftWidth = PageWriter.ContentWidth * 0.45f;
        var sigX = PageWriter.MarginLeft + leftWidth;
        var sigWidth = PageWriter.ContentWidth - leftWidth;

        var heading = new ParagraphLayout(w, RecipientsHeadingSize, 1.15f);
        var items = new ParagraphLayout(w, RecipientsSize, 1.15f);
        var recipientLines = d.Recipients.Select(r => items.Break([new TextRun("- " + r.Trim(), TextStyle.Regular)], leftWidth - 10)).ToList();
        var recipientsHeight = d.Recipients.Count == 0 ? 0 : heading.LineHeight + recipientLines.Sum(l => l.Count * items.LineHeight);

        var sig = new ParagraphLayout(w, TypeSizes.For(d.Kind).Body, 1.15f);
        var authority = d.Signature?.AuthorityLines.Select(a => sig.Break([new TextRun(Upper(a), TextStyle.Bold)], sigWidth)).ToList() ?? [];
        const float SigningSpace = 70f;
        var signatureHeight = d.Signature is null ? 0 : (authority.Sum(l => l.Count) + 1) * sig.LineHeight + SigningSpace;

        w.Y += 6;
        w.EnsureRoom(Math.Max(recipientsHeight, signatureHeight));
        var top = w.Y;

        var y = top;
        if (d.Recipients.Count > 0)
        {
            y = heading.DrawAt(heading.Break([new TextRun("Nơi nhận:", TextStyle.BoldItalic)], leftWidth), PageWriter.MarginLeft, y, leftWidth, Alignment.Left);
            foreach (var lines in recipientLines) y = items.DrawAt(lines, PageWriter.MarginLeft, y, leftWidth, Alignment.Left);
        }

        var sy = top;
        SignatureAppearance? stamp = null;
        if (d.Signature is not null)
        {
            foreach (var lines in authority) sy = sig.DrawAt(lines, sigX, sy, sigWidth, Alignment.Center);
            const float StampWidth = 170f, StampHeight = 48f;
            stamp = new SignatureAppearance(
                SignaturePage.Last,
                sigX + ((sigWidth - StampWidth) / 2),
                PageWriter.PageHeight - (sy + ((SigningSpace + StampHeight) / 2)),
                StampWidth,
                StampHeight);
            sy += SigningSpace;
            sy = sig.DrawAt(sig.Break([new TextRun(d.Signature.SignerName.Trim(), TextStyle.Bold)], sigWidth), sigX, sy, sigWidth, Alignment.Center);
        }

        w.Y = Math.Max(y, sy);
        return stamp;
    }

    /// <summary>Every text the page can show, so the embedded font subsets hold each glyph the layout draws.</summary>
    private static IEnumerable<string?> TextsOf(OfficialDocument d) =>
    [
        d.ParentBody, d.IssuingBody, d.Number?.Format(), DocumentDate.Format(d.Place, d.Date), d.Type.VietnameseName, d.Title, d.BodyMarkdown,
        d.Signature?.SignerName, .. d.Signature?.AuthorityLines ?? [], .. d.Recipients,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:", "V/v", "Số",
    ];

    private static float DrawRuled(PageWriter w, string text, float centre, float top, TextStyle style, float size)
    {
        w.DrawCentred(text, centre, top + (size * 0.95f), style, size);
        var half = w.Measure(text, style, size) / 2;
        var ruleY = top + (size * 1.25f) + 1;
        w.DrawRule(centre - half, centre + half, ruleY);
        return ruleY + 3;
    }

    private static float FitSize(PageWriter w, string text, TextStyle style, float size, float width)
    {
        while (size > 9 && w.Measure(text, style, size) > width) size -= 0.5f;
        return size;
    }

    // Vietnamese has no locale-specific casing (unlike Turkish), so the invariant rules give the right capitals.
    private static string Upper(string text) => text.Trim().ToUpperInvariant();
}
