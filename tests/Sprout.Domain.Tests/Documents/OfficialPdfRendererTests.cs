using System.Text;
using System.Text.RegularExpressions;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;

namespace Sprout.Domain.Tests.Documents;

public class OfficialPdfRendererTests
{
    [Fact]
    public void Rendered_plan_passes_qpdf_check()
    {
        PdfTools.AssertQpdfCheck(OfficialPdfRenderer.Render(SampleDocuments.Plan()));
    }

    [Fact]
    public void Vietnamese_text_survives_extraction_intact()
    {
        var text = PdfTools.Text(OfficialPdfRenderer.Render(SampleDocuments.Plan()));

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("TRƯỜNG MẦM NON ĐÔ THỊ", text);
        Assert.Contains("Số: 12/KH-MNĐTVH", text);
        Assert.Contains("Việt Hưng, ngày 30 tháng 10 năm 2025", text);
        Assert.Contains("KẾ HOẠCH", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("Nguyễn Thị Lan", text);
        var words = Regex.Replace(text, @"\s+", " ");
        foreach (var word in new[] { "chắc chắn", "đặc biệt", "những", "cổ tích", "Đồng chí Đỗ Văn Đức", "ăn uống" })
        {
            Assert.Contains(word.Normalize(NormalizationForm.FormC), words);
        }
    }

    [Fact]
    public void Page_is_A4_and_fonts_are_embedded()
    {
        using var file = PdfTools.Save(OfficialPdfRenderer.Render(SampleDocuments.Plan()));

        var info = PdfTools.Run("pdfinfo", file.Path);
        Assert.Matches(@"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info.Output);

        var fonts = PdfTools.Run("pdffonts", file.Path);
        Assert.Equal(0, fonts.ExitCode);
        var rows = fonts.Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));
        Assert.Contains(rows, r => r.Contains("LiberationSerif-Bold", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("LiberationSerif-Italic", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_body_flows_onto_further_pages()
    {
        var pdf = OfficialPdfRenderer.Render(SampleDocuments.Plan(paragraphs: 14));
        using var file = PdfTools.Save(pdf);

        var info = PdfTools.Run("pdfinfo", file.Path);
        var pages = int.Parse(Regex.Match(info.Output, @"Pages:\s+(\d+)").Groups[1].Value);
        Assert.True(pages >= 2, $"expected 2+ pages, got {pages}");
        var text = PdfTools.Text(pdf);
        Assert.Contains("Đoạn 14.", text);
        var secondPage = text.Split('\f')[1];
        Assert.Equal("2", secondPage.TrimStart().Split('\n')[0].Trim());
        PdfTools.AssertQpdfCheck(pdf);
    }

    [Fact]
    public void Layout_reports_signing_space_on_the_last_page()
    {
        var rendered = OfficialPdfRenderer.RenderWithLayout(SampleDocuments.Plan(paragraphs: 14));

        Assert.True(rendered.PageCount >= 2);
        var stamp = Assert.IsType<Sprout.Domain.Documents.Signing.SignatureAppearance>(rendered.SignerStamp);
        Assert.Equal(Sprout.Domain.Documents.Signing.SignaturePage.Last, stamp.Page);
        Assert.InRange(stamp.X, 85f, 595f - 42f - stamp.Width);
        Assert.InRange(stamp.Y, 56f, 842f - 56f - stamp.Height);
    }

    [Fact]
    public void Party_document_has_party_header()
    {
        var doc = SampleDocuments.Plan() with
        {
            Kind = DocumentKind.Party,
            ParentBody = "Đảng bộ phường Việt Hưng",
            IssuingBody = "Chi bộ Trường Mầm non Đô thị Việt Hưng",
            Number = new DocumentNumber(DocumentKind.Party, 5, DocumentType.KeHoach, "CB"),
            Signature = new SignatureBlock(["T/M CHI BỘ", "BÍ THƯ"], "Trần Văn Ổn"),
        };

        var text = PdfTools.Text(OfficialPdfRenderer.Render(doc));

        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text);
        Assert.Contains("ĐẢNG BỘ PHƯỜNG VIỆT HƯNG", text);
        Assert.Contains("Số 05-KH/CB", text);
        Assert.DoesNotContain("CỘNG HÒA", text);
    }

    [Fact]
    public void Party_document_uses_the_party_guide_sizes_not_the_decree_ones()
    {
        var state = SampleDocuments.Plan() with { Number = new DocumentNumber(DocumentKind.Administrative, 5, DocumentType.KeHoach, "MNĐTVH") };
        var party = SampleDocuments.Plan() with
        {
            Kind = DocumentKind.Party,
            ParentBody = "Đảng bộ phường Việt Hưng",
            IssuingBody = "Chi bộ Trường Mầm non Đô thị Việt Hưng",
            Number = new DocumentNumber(DocumentKind.Party, 5, DocumentType.KeHoach, "CB"),
        };

        var s = PdfTools.WordHeights(OfficialPdfRenderer.Render(state));
        var p = PdfTools.WordHeights(OfficialPdfRenderer.Render(party));
        double H(IReadOnlyList<(string Word, double Height)> words, string word) => words.First(w => w.Word == word).Height;

        // HD 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" 15, number 14, type name 16; Decree 30: number 13, type name 14.
        Assert.Equal(14.0 / 13.0, H(p, "Số") / H(s, "Số:"), 2);
        Assert.Equal(15.0 / 14.0, H(p, "CỘNG") / H(p, "Số"), 2);
        Assert.Equal(16.0 / 14.0, H(p, "KẾ") / H(s, "KẾ"), 2);
    }
}
