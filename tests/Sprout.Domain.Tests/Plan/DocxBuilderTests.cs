using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class DocxBuilderTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] Sample() => new DocxBuilder()
        .Heading("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH")
        .Heading("I. Kết quả thực hiện các chỉ tiêu", 2)
        .Paragraph([new DocxRun("Chỉ số hài lòng "), new DocxRun("đạt 93,3 %", Bold: true), new DocxRun(" – vượt mục tiêu.", Italic: true)])
        .Paragraph("Việt Hưng, ngày 31 tháng 3 năm 2026", DocxAlignment.Right, italic: true)
        .Paragraph("Dòng một\nDòng hai\u0001")
        .Table([["Mã", "Chỉ tiêu", "Đánh giá"], ["T11", "Chỉ số hài lòng của phụ huynh", "đạt"]], columnPercents: [10, 70, 20])
        .ToBytes();

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var s = zip.GetEntry(name)!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public void Package_has_the_required_parts_as_valid_XML()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample()));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml"],
            zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            Assert.NotNull(Part(zip, entry.FullName).Root);
        }

        var rels = Part(zip, "_rels/.rels");
        Assert.Contains(rels.Descendants(), e => (string?)e.Attribute("Target") == "word/document.xml");
    }

    [Fact]
    public void Vietnamese_text_runs_tables_and_page_setup_are_intact()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample()));
        var doc = Part(zip, "word/document.xml");
        var text = string.Concat(doc.Descendants(W + "t").Select(t => t.Value));
        Assert.Contains("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Chỉ số hài lòng đạt 93,3 % – vượt mục tiêu.", text, StringComparison.Ordinal);
        Assert.Contains("Dòng haiMã", text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));

        var bold = doc.Descendants(W + "r").Single(r => r.Element(W + "t")?.Value == "đạt 93,3 %");
        Assert.NotNull(bold.Element(W + "rPr")!.Element(W + "b"));
        Assert.Equal("right", doc.Descendants(W + "jc").ElementAt(3).Attribute(W + "val")!.Value);
        Assert.Single(doc.Descendants(W + "br"));
        Assert.Equal(["Heading1", "Heading2"], doc.Descendants(W + "pStyle").Select(s => s.Attribute(W + "val")!.Value));

        var table = Assert.Single(doc.Descendants(W + "tbl"));
        Assert.Equal(2, table.Elements(W + "tr").Count());
        Assert.Equal(3, table.Element(W + "tblGrid")!.Elements(W + "gridCol").Count());
        Assert.NotNull(table.Elements(W + "tr").First().Element(W + "trPr")!.Element(W + "tblHeader"));

        var margins = doc.Descendants(W + "pgMar").Single();
        Assert.Equal("1134", margins.Attribute(W + "top")!.Value);
        Assert.Equal("1134", margins.Attribute(W + "bottom")!.Value);
        Assert.Equal("1701", margins.Attribute(W + "left")!.Value);
        Assert.Equal("850", margins.Attribute(W + "right")!.Value);
        Assert.Equal("11906", doc.Descendants(W + "pgSz").Single().Attribute(W + "w")!.Value);

        var styles = Part(zip, "word/styles.xml");
        Assert.Equal("Times New Roman", styles.Descendants(W + "rFonts").First().Attribute(W + "ascii")!.Value);
        Assert.Equal("26", styles.Descendants(W + "sz").First().Attribute(W + "val")!.Value);
    }

    [Fact]
    public void Same_content_gives_the_same_bytes() => Assert.Equal(Sample(), Sample());

    [Fact]
    public void Unzip_accepts_the_package_when_available()
    {
        var path = Path.Combine(Path.GetTempPath(), "sprout-plan-" + Guid.NewGuid().ToString("N") + ".docx");
        File.WriteAllBytes(path, Sample());
        try
        {
            var info = new ProcessStartInfo("unzip", ["-t", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            Process? p;
            try
            {
                p = Process.Start(info);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return; // unzip not installed: the structure checks above still hold
            }

            using (p)
            {
                p!.WaitForExit();
                Assert.Equal(0, p.ExitCode);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
