using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Localization;
using Sprout.Web.Platform.Text;

namespace Sprout.Web.Modules.Documents;

/// <summary>What the clerk types for an arriving document; the scan, if any, is the file's bytes.</summary>
public sealed record IncomingInput(string Sender, string? TheirNumber, string TypeCode, string Summary, string? Handler, DateOnly? Deadline, byte[]? Scan);

/// <summary>Records arriving documents in the incoming register (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP, 05/03/2020).</summary>
public sealed class IncomingRegisterService(SproutDbContext db, TimeProvider clock, PdftotextExtractor textLayer, ScanOcrSignal ocrQueue, IStringLocalizer<UiText> text)
{
    /// <summary>
    /// Gives the next arrival number of the year and keeps the scan whatever happens to its text: a scan without a
    /// text layer is queued for OCR.
    /// </summary>
    public async Task<IncomingDocument> RecordAsync(ClaimsPrincipal user, IncomingInput input, CancellationToken ct)
    {
        if (input.Sender.Length == 0 || input.Summary.Length == 0)
        {
            throw new DocumentRuleException(text["Incoming.Required"]);
        }
        if (input.Scan is { } scan && !scan.AsSpan().StartsWith("%PDF-"u8))
        {
            throw new DocumentRuleException(text["Verify.NotPdf"]);
        }
        var today = VietnameseFormat.Today(clock);
        // Arrival numbers restart each year; the unique index refuses a duplicate if two clerks record at once.
        var last = await db.Set<IncomingDocument>().Where(d => d.Year == today.Year).MaxAsync(d => (int?)d.ArrivalNumber, ct) ?? 0;
        var document = new IncomingDocument
        {
            SchoolId = user.SchoolIdOrThrow(), Year = today.Year, ArrivalNumber = last + 1, ReceivedOn = today, Sender = input.Sender,
            TheirNumber = Blank(input.TheirNumber), TypeCode = DocumentType.Find(input.TypeCode)?.Code ?? DocumentType.CongVan.Code,
            Summary = input.Summary, Handler = Blank(input.Handler), Deadline = input.Deadline,
            ScanPdf = input.Scan, RecordedBy = user.DisplayName(),
        };
        if (input.Scan is not null)
        {
            var layer = await textLayer.ExtractAsync(input.Scan, ct);
            (document.TextExtraction, document.ExtractedText) = layer.Outcome == TextExtraction.NoText ? (TextExtraction.Queued, null) : (layer.Outcome, layer.Text);
        }
        db.Add(document);
        await db.SaveChangesAsync(ct);
        if (document.TextExtraction == TextExtraction.Queued)
        {
            ocrQueue.Notify();
        }
        return document;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
