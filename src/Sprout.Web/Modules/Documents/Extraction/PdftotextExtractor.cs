using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>
/// Runs poppler's <c>pdftotext</c> (installed by test.sh and required in deployments, see README).
/// A missing tool, a damaged file or a timeout gives <see cref="TextExtraction.Failed"/>; the caller still stores the file.
/// </summary>
public sealed class PdftotextExtractor(ILogger<PdftotextExtractor> logger, string tool = "pdftotext") : IPdfTextExtractor
{
    /// <summary>Enough for a long official letter; the rest of a huge PDF is not searched.</summary>
    public const int MaxChars = 200_000;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<PdfText> ExtractAsync(byte[] pdf, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sprout-extract-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(file, pdf, ct);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var arg in new[] { "-q", "-enc", "UTF-8", file, "-" })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("pdftotext timed out after {Seconds} s.", Timeout.TotalSeconds);
                return new PdfText(TextExtraction.Failed, null);
            }
            if (process.ExitCode != 0)
            {
                logger.LogWarning("pdftotext exited with {Code}.", process.ExitCode);
                return new PdfText(TextExtraction.Failed, null);
            }
            var text = (await output).Normalize(NormalizationForm.FormC).Replace('\f', '\n').Trim();
            if (text.Length > MaxChars)
            {
                text = text[..MaxChars];
            }
            return text.Any(char.IsLetterOrDigit) ? new PdfText(TextExtraction.Extracted, text) : new PdfText(TextExtraction.NoText, null);
        }
        catch (Win32Exception ex)
        {
            logger.LogWarning(ex, "pdftotext is not installed: attachments are stored without their text.");
            return new PdfText(TextExtraction.Failed, null);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
