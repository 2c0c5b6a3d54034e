using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>Page size and count are checked before rendering; every tool runs with memory, time and output limits.</summary>
public class OcrLimitTests
{
    /// <summary>A PDF of <paramref name="pages"/> empty pages of the given size in points (72 to the inch).</summary>
    internal static byte[] EmptyPages(int pages, double width, double height)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(int number, string body)
        {
            while (offsets.Count < number)
            {
                offsets.Add(0);
            }
            offsets[number - 1] = pdf.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.4\n");
        Object(1, "<</Type/Catalog/Pages 2 0 R>>");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 4} 0 R"));
        Object(2, $"<</Type/Pages/Kids[{kids}]/Count {pages}>>");
        Object(3, "<</Length 0>>\nstream\n\nendstream");
        for (var i = 0; i < pages; i++)
        {
            Object(i + 4, string.Create(CultureInfo.InvariantCulture, $"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {width} {height}]/Contents 3 0 R>>"));
        }
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<</Size {offsets.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string PdfInfo(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sprout-ocr-limit-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return ExternalTool.Run("pdfinfo", "-f", "1", "-l", TesseractOcr.MaxPages.ToString(CultureInfo.InvariantCulture), file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_page_of_150_by_150_inches_is_not_rendered()
    {
        // 45000 × 45000 px at 300 dpi, just under poppler's own bitmap cap: pdftoppm took 3.9 GB and was still
        // rendering after 100 s. (At 200 × 200 inches poppler gives up by itself.)
        var pdf = EmptyPages(1, 10_800, 10_800);
        Assert.True(pdf.Length < 1024);
        Assert.True(OcrPlan.FromPdfInfo(PdfInfo(pdf), TesseractOcr.MaxPages).Refused);

        var clock = Stopwatch.StartNew();
        var result = await new TesseractOcr(NullLogger<TesseractOcr>.Instance).RecognizeAsync(pdf, CancellationToken.None);
        Assert.Equal(new PdfText(TextExtraction.Failed, null), result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_large_page_renders_at_a_lower_resolution_and_A4_at_300_dpi()
    {
        var a0 = OcrPlan.FromPdfInfo(PdfInfo(EmptyPages(1, 2384, 3370)), TesseractOcr.MaxPages);
        Assert.False(a0.Refused);
        Assert.InRange(a0.Dpi, OcrPlan.MinDpi, 160);
        Assert.True(a0.Dpi / 72.0 * 2384 * (a0.Dpi / 72.0 * 3370) <= OcrPlan.MaxPagePixels);
        Assert.Equal(300, OcrPlan.FromPdfInfo(PdfInfo(EmptyPages(1, 595, 842)), TesseractOcr.MaxPages).Dpi);
    }

    [Fact]
    public void A_scan_of_many_pages_is_read_up_to_the_page_limit()
    {
        var plan = OcrPlan.FromPdfInfo(PdfInfo(EmptyPages(500, 595, 842)), TesseractOcr.MaxPages);
        Assert.Equal((TesseractOcr.MaxPages, 300), (plan.Pages, plan.Dpi));
    }

    [Fact]
    public async Task A_tool_that_takes_more_memory_than_the_limit_fails_instead_of_taking_the_server()
    {
        Assert.NotNull(ToolProcess.Locate("prlimit"));
        var run = await ToolProcess.RunAsync("python3", ["-c", "x = bytearray(3 * 1024 ** 3); print(len(x))"], TimeSpan.FromSeconds(30),
            NullLogger.Instance, CancellationToken.None);
        Assert.Equal(ToolExit.Failed, run.Exit);
        var small = await ToolProcess.RunAsync("python3", ["-c", "x = bytearray(10 * 1024 ** 2); print(len(x))"], TimeSpan.FromSeconds(30),
            NullLogger.Instance, CancellationToken.None);
        Assert.Equal("10485760", small.Output.Trim());
    }

    [Fact]
    public async Task Output_past_the_limit_is_not_kept_and_a_missing_tool_is_still_missing()
    {
        var run = await ToolProcess.RunAsync("head", ["-c", (ToolProcess.MaxOutputChars + 10).ToString(CultureInfo.InvariantCulture), "/dev/zero"],
            TimeSpan.FromSeconds(30), NullLogger.Instance, CancellationToken.None);
        Assert.Equal(ToolExit.Failed, run.Exit);
        Assert.Equal(ToolExit.Missing, (await ToolProcess.RunAsync("no-such-tool-here", [], TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None)).Exit);
    }
}
