namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>
/// Runs poppler's <c>pdftotext</c> (installed by test.sh and required in deployments, see README).
/// A missing tool, a damaged file or a timeout gives <see cref="TextExtraction.Failed"/>; the caller still stores the file.
/// </summary>
public sealed class PdftotextExtractor(ILogger<PdftotextExtractor> logger, string tool = "pdftotext") : IPdfTextExtractor
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<PdfText> ExtractAsync(byte[] pdf, CancellationToken ct)
    {
        using var work = await ScratchFolder.WithPdfAsync(pdf, ct);
        var run = await ToolProcess.RunAsync(tool, ["-q", "-enc", "UTF-8", work.Pdf, "-"], Timeout, logger, ct);
        if (run.Exit == ToolExit.Missing)
        {
            logger.LogWarning("{Tool} is not installed: attachments are stored without their text.", tool);
        }
        return run.Exit == ToolExit.Succeeded ? PdfText.FromOutput(TextExtraction.Extracted, run.Output) : new PdfText(TextExtraction.Failed, null);
    }
}
