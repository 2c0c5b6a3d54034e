namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>
/// Reads the text layer first (exact and fast); only a PDF without one (an image-only scan) goes to OCR.
/// When OCR finds nothing or fails, the outcome stays <see cref="TextExtraction.NoText"/>: the file is readable, just unsearchable.
/// </summary>
public sealed class OcrFallbackExtractor(IPdfTextExtractor textLayer, IScanOcr ocr) : IPdfTextExtractor
{
    public async Task<PdfText> ExtractAsync(byte[] pdf, CancellationToken ct)
    {
        var layer = await textLayer.ExtractAsync(pdf, ct);
        if (layer.Outcome != TextExtraction.NoText)
        {
            return layer;
        }
        var recognized = await ocr.RecognizeAsync(pdf, ct);
        return recognized.Outcome == TextExtraction.Recognized ? recognized : layer;
    }
}
