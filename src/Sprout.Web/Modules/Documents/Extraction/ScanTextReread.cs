using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Extraction;

public sealed record RereadSummary(int Tried, int Found);

/// <summary>
/// Reads again the attachments recorded without text (no text layer, or a tool that was missing then), e.g. after
/// tesseract is installed on a server that ran without it. One document at a time, saved as it is read, so an
/// interrupted run keeps what it did and the next run takes up the rest.
/// </summary>
public sealed class ScanTextReread(SproutDbContextFactory contexts, IPdfTextExtractor extractor)
{
    public async Task<RereadSummary> RunAsync(Func<int, Task>? progress, CancellationToken ct)
    {
        var (tried, found, after) = (0, 0, 0);
        while (true)
        {
            await using var db = contexts.Create(SchoolScope.System);
            var document = await db.Set<IncomingDocument>()
                .Where(d => d.Id > after && d.ScanPdf != null && (d.TextExtraction == TextExtraction.NoText || d.TextExtraction == TextExtraction.Failed))
                .OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
            if (document is null)
            {
                return new RereadSummary(tried, found);
            }
            after = document.Id;
            var text = await extractor.ExtractAsync(document.ScanPdf!, ct);
            tried++;
            if (text.Outcome is TextExtraction.Extracted or TextExtraction.Recognized)
            {
                (document.TextExtraction, document.ExtractedText) = (text.Outcome, text.Text);
                await db.SaveChangesAsync(ct);
                found++;
            }
            if (progress is not null)
            {
                await progress(tried);
            }
        }
    }
}
