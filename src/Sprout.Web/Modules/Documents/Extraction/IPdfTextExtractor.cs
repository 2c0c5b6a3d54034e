using System.Text;

namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>What became of an attached PDF's text. Stored as an int: append new values, never renumber.</summary>
public enum TextExtraction
{
    None = 0,        // no attachment
    Extracted = 1,   // text found and indexed
    NoText = 2,      // no text layer, and OCR found no letters (or tesseract is not installed)
    Failed = 3,      // the tool is missing or could not read the file
    Recognized = 4,  // no text layer; the text was recognized from the page images (OCR) and may contain errors
    Queued = 5,      // no text layer; waiting for OCR in the background (ScanOcrWorker)
    Recognizing = 6, // claimed by one app instance's ScanOcrWorker, which is reading it now
}

public sealed record PdfText(TextExtraction Outcome, string? Text)
{
    /// <summary>Enough for a long official letter; the rest of a huge PDF is not searched.</summary>
    public const int MaxChars = 200_000;

    /// <summary>
    /// What a tool printed, as stored text: NFC, so folding and search see one form of each Vietnamese letter; pages
    /// joined by line breaks. Recognized text needs letters: OCR of a blank page or of speckles prints stray marks.
    /// </summary>
    public static PdfText FromOutput(TextExtraction outcome, string output)
    {
        var text = output.Normalize(NormalizationForm.FormC).Replace('\f', '\n').Trim();
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }
        var found = outcome == TextExtraction.Recognized ? text.Any(char.IsLetter) : text.Any(char.IsLetterOrDigit);
        return found ? new PdfText(outcome, text) : new PdfText(TextExtraction.NoText, null);
    }
}

/// <summary>Reads the text of a PDF, for search. Never throws for a bad file or a missing tool.</summary>
public interface IPdfTextExtractor
{
    Task<PdfText> ExtractAsync(byte[] pdf, CancellationToken ct);
}

/// <summary>Recognizes the text of an image-only PDF (a scan). Never throws for a bad file or a missing tool.</summary>
public interface IScanOcr
{
    Task<PdfText> RecognizeAsync(byte[] pdf, CancellationToken ct);
}
