namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>What became of an attached PDF's text.</summary>
public enum TextExtraction
{
    None = 0,        // no attachment
    Extracted = 1,   // text found and indexed
    NoText = 2,      // the PDF has no text layer (an image-only scan: would need OCR, not available)
    Failed = 3,      // the tool is missing or could not read the file
}

public sealed record PdfText(TextExtraction Outcome, string? Text);

/// <summary>Reads the text layer of a PDF, for search. Never throws for a bad file or a missing tool.</summary>
public interface IPdfTextExtractor
{
    Task<PdfText> ExtractAsync(byte[] pdf, CancellationToken ct);
}
