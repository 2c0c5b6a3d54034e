using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Schools;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>Image-only scans read by the real tesseract (Vietnamese model) and found by search, on both databases.</summary>
[Collection(AppCollection.Name)]
public class ScanOcrTests(SproutAppFactory app)
{
    /// <summary>
    /// An official letter printed, then scanned at 200 dpi: one JPEG page and no text layer. Made once, it takes a second.
    /// Its text is fixed, so tesseract reads the same image every run: the Vietnamese model misreads random digits often
    /// enough (97923309 as 97823500) that a random marker in the scan made these tests fail one run in two.
    /// </summary>
    private static readonly Lazy<byte[]> Scan = new(() =>
    {
        var printed = OfficialPdfRenderer.Render(DocumentService.ToOfficial(new OutgoingDocument
        {
            Kind = DocumentKind.Administrative, TypeCode = DocumentType.HuongDan.Code, Title = "Bảo đảm an toàn thực phẩm",
            Body = "Bảo đảm an toàn thực phẩm trong bếp ăn bán trú của nhà trường.", CreatedBy = "x",
        }, new School { Name = "Phòng Giáo dục và Đào tạo", ShortCode = "PGDĐT" }));
        var folder = Directory.CreateTempSubdirectory("sprout-scan-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "printed.pdf"), printed);
            ExternalTool.Run("pdftoppm", "-r", "200", "-jpeg", "-f", "1", "-l", "1", "-singlefile", Path.Combine(folder, "printed.pdf"), Path.Combine(folder, "page"));
            return ImageOnlyPdf.FromJpeg(File.ReadAllBytes(Path.Combine(folder, "page.jpg")), 200);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    private static TesseractOcr Ocr(string tesseract = "tesseract") => new(NullLogger<TesseractOcr>.Instance, tesseract);

    [Fact]
    public void The_scan_made_for_these_tests_has_no_text_layer()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sprout-scan-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, Scan.Value);
        try
        {
            var text = ExternalTool.Run("pdftotext", "-q", "-enc", "UTF-8", file, "-");
            Assert.DoesNotContain(text, char.IsLetter);
            var info = ExternalTool.Run("pdfinfo", file);
            Assert.Matches(@"Pages:\s+1\n", info);
            Assert.DoesNotContain("Error", info, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Tesseract_reads_the_Vietnamese_words_of_a_scan_with_their_diacritics()
    {
        var result = await Ocr().RecognizeAsync(Scan.Value, CancellationToken.None);

        Assert.Equal(TextExtraction.Recognized, result.Outcome);
        Assert.True(result.Text!.IsNormalized(System.Text.NormalizationForm.FormC));
        foreach (var word in new[] { "an toàn thực phẩm", "bếp ăn", "nhà trường" })
        {
            Assert.Contains(word, result.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_missing_tesseract_or_a_damaged_pdf_gives_an_outcome_not_an_exception()
    {
        var missing = Ocr("tesseract-not-installed");
        Assert.Equal(new PdfText(TextExtraction.NoText, null), await missing.RecognizeAsync(Scan.Value, CancellationToken.None));
        Assert.Equal(new PdfText(TextExtraction.NoText, null), await missing.RecognizeAsync(Scan.Value, CancellationToken.None));

        var damaged = Scan.Value[..400]; // cut inside the image
        Assert.Contains((await Ocr().RecognizeAsync(damaged, CancellationToken.None)).Outcome, new[] { TextExtraction.Failed, TextExtraction.NoText });
        Assert.Equal(TextExtraction.Failed, (await Ocr().RecognizeAsync("not a pdf"u8.ToArray(), CancellationToken.None)).Outcome);

        var withoutOcr = new OcrFallbackExtractor(new PdftotextExtractor(NullLogger<PdftotextExtractor>.Instance), missing);
        Assert.Equal(new PdfText(TextExtraction.NoText, null), await withoutOcr.ExtractAsync(Scan.Value, CancellationToken.None));
    }

    [Fact]
    public async Task A_scan_recorded_in_the_register_is_recognized_and_found_without_diacritics()
    {
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var summary = $"Công văn quét {Guid.NewGuid():N}";

        var recorded = await DocumentSearchTests.RecordIncomingAsync(clerk, summary, Scan.Value);
        Assert.Matches("Đã vào sổ, số đến \\d+\\.", recorded);
        Assert.Contains("đang nhận dạng chữ (OCR), ít phút nữa sẽ tìm được theo nội dung tệp.", recorded, StringComparison.Ordinal);

        // The clerk does not wait for OCR: the background worker recognizes the queued scan (about a second a page).
        var outcome = TextExtraction.Queued;
        for (var waited = 0; waited < 120 && outcome is TextExtraction.Queued or TextExtraction.Recognizing; waited++)
        {
            await Task.Delay(500);
            outcome = await app.WithDbAsync(db => db.Set<IncomingDocument>().Where(d => d.Summary == summary).Select(d => d.TextExtraction).SingleAsync());
        }
        Assert.Equal(TextExtraction.Recognized, outcome);

        // The summary's unique word keeps other tests' documents out; the other words are only in the scan's recognized text.
        var found = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban/den?q=an+toan+thuc+pham+{summary.Split(' ')[^1]}"));
        Assert.Contains(summary, found, StringComparison.Ordinal);
        Assert.Contains("Văn bản được nhận dạng từ ảnh quét (OCR), có thể có lỗi.", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_recorded_without_text_before_ocr_was_installed_is_read_again_and_found()
    {
        var summary = $"Công văn quét trước đây {Guid.NewGuid():N}";
        var id = await AddScanAsync(summary, TextExtraction.NoText);

        using var scope = app.Services.CreateScope();
        var progress = new List<int>();
        var result = await scope.ServiceProvider.GetRequiredService<ScanTextReread>().RunAsync(n => { progress.Add(n); return Task.CompletedTask; }, CancellationToken.None);

        Assert.True(result.Found >= 1, $"{result.Found} of {result.Tried} read");
        Assert.Equal(result.Tried, progress.Count);
        var reread = await app.WithDbAsync(db => db.Set<IncomingDocument>().AsNoTracking().FirstAsync(d => d.Id == id));
        Assert.Equal(TextExtraction.Recognized, reread.TextExtraction);
        Assert.Contains("bếp ăn", reread.ExtractedText, StringComparison.Ordinal);
        Assert.Contains($"an toan thuc pham", reread.Folded, StringComparison.Ordinal);

        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Contains(summary, WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban/den?q=bep+an+{summary.Split(' ')[^1]}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_app_instances_never_read_the_same_queued_scan_and_a_half_read_scan_is_queued_again()
    {
        var summary = $"Công văn chờ nhận dạng {Guid.NewGuid():N}";
        // Bytes of its own (a comment after the end of the file), so reads of this scan are told from other tests' copies.
        var scan = Scan.Value.Concat(System.Text.Encoding.ASCII.GetBytes($"\n% {Guid.NewGuid():N}\n")).ToArray();
        var id = await AddScanAsync(summary, TextExtraction.Queued, scan);
        var reads = new CountingOcr(scan);
        var contexts = app.Services.GetRequiredService<SproutDbContextFactory>();
        ScanOcrWorker Instance() => new(contexts, reads, new ScanOcrSignal(), NullLogger<ScanOcrWorker>.Instance);

        // Two servers on one database, each draining the queue at the same moment.
        await Task.WhenAll(Drain(Instance()), Drain(Instance()));
        Assert.True(reads.OfThisScan <= 1, $"read {reads.OfThisScan} times");
        Assert.Equal(TextExtraction.Recognized, await ExtractionOfAsync(id));

        // A process stopped while reading leaves its claim; the next start queues the scan again.
        await app.WithDbAsync(db => db.Set<IncomingDocument>().Where(d => d.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.TextExtraction, TextExtraction.Recognizing)));
        Assert.True(await Instance().RequeueInterruptedAsync(CancellationToken.None) >= 1);
        Assert.Equal(TextExtraction.Queued, await ExtractionOfAsync(id));
        await Drain(Instance());
        Assert.Equal(TextExtraction.Recognized, await ExtractionOfAsync(id));

        static async Task Drain(ScanOcrWorker worker)
        {
            while (await worker.RecognizeNextAsync(CancellationToken.None))
            {
            }
        }
    }

    private Task<TextExtraction> ExtractionOfAsync(int id) =>
        app.WithDbAsync(db => db.Set<IncomingDocument>().Where(d => d.Id == id).Select(d => d.TextExtraction).SingleAsync());

    /// <summary>Recognizes by the real tesseract and counts how often the given scan was read.</summary>
    private sealed class CountingOcr(byte[] scan) : IScanOcr
    {
        private int _ofThisScan;

        public int OfThisScan => _ofThisScan;

        public Task<PdfText> RecognizeAsync(byte[] pdf, CancellationToken ct)
        {
            if (pdf.AsSpan().SequenceEqual(scan))
            {
                Interlocked.Increment(ref _ofThisScan);
            }
            return Ocr().RecognizeAsync(pdf, ct);
        }
    }

    /// <summary>A scan in this year's register, numbered next as the page would (other tests read the numbering).</summary>
    private Task<int> AddScanAsync(string summary, TextExtraction extraction, byte[]? scan = null) => app.WithDbAsync(async db =>
    {
        var school = await db.Schools.OrderBy(s => s.Id).FirstAsync();
        var today = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System);
        var next = 1 + (await db.Set<IncomingDocument>().Where(d => d.SchoolId == school.Id && d.Year == today.Year).MaxAsync(d => (int?)d.ArrivalNumber) ?? 0);
        var document = new IncomingDocument
        {
            SchoolId = school.Id, Year = today.Year, ArrivalNumber = next, ReceivedOn = today, Sender = "Phòng Giáo dục và Đào tạo",
            TypeCode = DocumentType.CongVan.Code, Summary = summary, ScanPdf = scan ?? Scan.Value, RecordedBy = "Văn thư", TextExtraction = extraction,
        };
        db.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    });
}
