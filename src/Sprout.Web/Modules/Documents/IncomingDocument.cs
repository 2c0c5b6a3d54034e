using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Documents.Search;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

/// <summary>A document received (sổ văn bản đến): numbered in order of arrival within the year, with its scan.</summary>
public class IncomingDocument : ISchoolOwned, ISearchIndexed
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }

    /// <summary>Số đến: the arrival number, restarting each year.</summary>
    public int ArrivalNumber { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Sender { get; set; }
    public string? TheirNumber { get; set; }
    public DateOnly? TheirDate { get; set; }
    public required string TypeCode { get; set; }
    public required string Summary { get; set; }
    public string? Handler { get; set; }
    public DateOnly? Deadline { get; set; }
    public byte[]? ScanPdf { get; set; }
    public required string RecordedBy { get; set; }

    /// <summary>The text layer of the attached PDF (pdftotext), or for an image-only scan its OCR text (tesseract), searched with the rest.</summary>
    public string? ExtractedText { get; set; }
    public TextExtraction TextExtraction { get; set; }

    /// <summary>Sender, their number, summary and the attachment's text, folded: the indexed source of search.</summary>
    public string Folded { get; set; } = string.Empty;

    /// <summary>Sender, their number and summary folded: what PostgreSQL ranks a match by (an attachment's text can be long).</summary>
    public string SearchHead { get; set; } = string.Empty;

    public void Refold()
    {
        SearchHead = SearchTerms.IndexText($"{Sender} {TheirNumber} {Summary}");
        Folded = $"{SearchHead} {SearchTerms.IndexText(ExtractedText)}";
    }
}

internal sealed class IncomingDocumentConfiguration : IEntityTypeConfiguration<IncomingDocument>
{
    public void Configure(EntityTypeBuilder<IncomingDocument> builder)
    {
        builder.HasIndex(d => new { d.SchoolId, d.Year, d.ArrivalNumber }).IsUnique();
        builder.Property(d => d.Sender).HasMaxLength(200);
        builder.Property(d => d.TheirNumber).HasMaxLength(60);
        builder.Property(d => d.TypeCode).HasMaxLength(20);
        builder.Property(d => d.Summary).HasMaxLength(500);
        builder.Property(d => d.Handler).HasMaxLength(150);
        builder.Property(d => d.RecordedBy).HasMaxLength(150);
    }
}
