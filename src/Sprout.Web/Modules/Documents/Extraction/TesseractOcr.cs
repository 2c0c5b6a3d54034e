using System.Diagnostics;
using System.Globalization;

namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>
/// Recognizes a scan's text: poppler's <c>pdftoppm</c> renders the pages to grey PNGs at 300 dpi (what tesseract reads
/// best), then <c>tesseract</c> reads each with its Vietnamese model (Debian: tesseract-ocr, tesseract-ocr-vie; see README).
/// Only the first <see cref="MaxPages"/> pages are read: a page takes about a second and the clerk waits for it.
/// A missing tool gives <see cref="TextExtraction.NoText"/> as before OCR existed, with one warning per process; later
/// scans skip the rendering, which would be wasted (installing the tools takes a restart to be noticed).
/// </summary>
/// Page size and count are read with <c>pdfinfo</c> first (<see cref="OcrPlan"/>).
public sealed class TesseractOcr(ILogger<TesseractOcr> logger, string tesseract = "tesseract", string pdftoppm = "pdftoppm", string language = "vie",
    string pdfinfo = "pdfinfo") : IScanOcr
{
    public const int MaxPages = 20;

    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan InfoTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The upload waits for OCR; past this, the pages read so far are what is searched.</summary>
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// One thread per tesseract: its OpenMP threads spin against each other and the web server on a small machine
    /// (one page: 0.9 s with one thread, 1.3–3 s with the default on two shared cores).
    /// </summary>
    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private int _missing;

    public async Task<PdfText> RecognizeAsync(byte[] pdf, CancellationToken ct)
    {
        if (Volatile.Read(ref _missing) == 1)
        {
            return new PdfText(TextExtraction.NoText, null);
        }
        using var work = await ScratchFolder.WithPdfAsync(pdf, ct);
        var info = await ToolProcess.RunAsync(pdfinfo, ["-f", "1", "-l", MaxPages.ToString(CultureInfo.InvariantCulture), work.Pdf], InfoTimeout, logger, ct);
        if (info.Exit != ToolExit.Succeeded)
        {
            return Unread(info.Exit, pdfinfo);
        }
        var plan = OcrPlan.FromPdfInfo(info.Output, MaxPages);
        if (plan.Refused)
        {
            logger.LogWarning("Scan not read by OCR: {Reason}.", plan.Refusal);
            return new PdfText(TextExtraction.Failed, null);
        }
        var render = await ToolProcess.RunAsync(pdftoppm,
            ["-r", plan.Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-l", plan.Pages.ToString(CultureInfo.InvariantCulture), work.Pdf, Path.Combine(work.Path, "page")],
            RenderTimeout, logger, ct);
        if (render.Exit != ToolExit.Succeeded)
        {
            return Unread(render.Exit, pdftoppm);
        }
        // pdftoppm pads page numbers to the width of the page count, so names sort in page order.
        var pages = Directory.GetFiles(work.Path, "page-*.png").Order(StringComparer.Ordinal).ToList();
        var text = new List<string>(pages.Count);
        var started = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var left = TotalTimeout - started.Elapsed;
            var read = left <= TimeSpan.Zero ? new ToolRun(ToolExit.TimedOut, string.Empty)
                : await ToolProcess.RunAsync(tesseract, [page, "stdout", "-l", language], left < PageTimeout ? left : PageTimeout, logger, ct, SingleThread);
            if (read.Exit == ToolExit.Missing)
            {
                return Unread(read.Exit, tesseract);
            }
            if (read.Exit != ToolExit.Succeeded)
            {
                // The pages already read are kept: a searchable beginning beats nothing, and the clerk is not kept waiting.
                break;
            }
            text.Add(read.Output);
        }
        return PdfText.FromOutput(TextExtraction.Recognized, string.Join('\n', text));
    }

    private PdfText Unread(ToolExit exit, string tool)
    {
        if (exit == ToolExit.Missing && Interlocked.Exchange(ref _missing, 1) == 0)
        {
            logger.LogWarning("{Tool} is not installed: scanned PDFs without a text layer are stored unsearchable (install tesseract-ocr, tesseract-ocr-vie and poppler-utils).", tool);
        }
        return new PdfText(exit == ToolExit.Missing ? TextExtraction.NoText : TextExtraction.Failed, null);
    }
}
