using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Search;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

public enum DocumentStatus
{
    Draft = 0,     // dự thảo
    InReview = 1,  // trình duyệt
    Approved = 2,  // đã duyệt
    SignedByApprover = 3,    // đã ký (người có thẩm quyền)
    Issued = 4,    // đã ban hành (ký số của cơ quan, vào sổ văn bản đi)
}

/// <summary>What a person can do on the document page; <see cref="DocumentService.AllowedActions"/> says which, now.</summary>
public enum DocumentAction
{
    Save,
    Submit,
    Approve,
    Return,
    Sign,
    Issue,
}

/// <summary>An outgoing document of the school or its Party cell, from draft to issued and archived.</summary>
public class OutgoingDocument : ISchoolOwned, ISearchIndexed
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DocumentKind Kind { get; set; }
    public required string TypeCode { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string Recipients { get; set; } = string.Empty;
    public DocumentStatus Status { get; set; }
    public int Year { get; set; }
    public int? Number { get; set; }

    /// <summary>The numbering series the number was taken from (<see cref="NumberSeries"/>): unique with the number.</summary>
    public string? Series { get; set; }
    public string? NumberText { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    public bool Public { get; set; }

    /// <summary>The version number the approver approved; only its text may be signed.</summary>
    public int? ApprovedVersion { get; set; }

    /// <summary>SHA-256 (hex) of the approved title, body and recipients, checked again when the principal signs.</summary>
    public string? ApprovedHash { get; set; }
    public byte[]? SignedPdf { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Number, title, signer and body folded (no diacritics, đ→d, lower case) for search on every database.</summary>
    public string Folded { get; set; } = string.Empty;

    /// <summary>Number, title and signer folded: what PostgreSQL ranks a match by (ranking whole bodies costs too much).</summary>
    public string SearchHead { get; set; } = string.Empty;

    public void Refold()
    {
        SearchHead = SearchTerms.IndexText($"{NumberText} {Title} {SignerName}");
        Folded = $"{SearchHead} {SearchTerms.IndexText(Body)}";
    }
    public List<DocumentVersion> Versions { get; set; } = [];
    public List<DocumentComment> Comments { get; set; } = [];
}

public class DocumentVersion : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int OutgoingDocumentId { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

public class DocumentComment : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int OutgoingDocumentId { get; set; }
    public DocumentStatus Step { get; set; }
    public required string Text { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// The last number issued in a series (<see cref="NumberSeries"/>: a year of state documents, or one Party type
/// through the committee's term); updated in the issuing transaction.
/// </summary>
public class DocumentCounter : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DocumentKind Kind { get; set; }
    public int Year { get; set; }
    public required string Series { get; set; }
    public int Last { get; set; }

    /// <summary>Concurrency token: two clerks issuing at once cannot both take the same number.</summary>
    public int Version { get; set; }
}

/// <summary>A signing key (PKCS#12), stored only encrypted by ASP.NET Core Data Protection.</summary>
public class SigningKey : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }

    /// <summary>"ca" (the school's CA, demo or not), "org" (the school's seal), or "user:{id}".</summary>
    public required string Owner { get; set; }
    public required byte[] ProtectedPkcs12 { get; set; }

    /// <summary>The public certificate (DER) in clear: for the school CA, what verifiers trust and download without any key.</summary>
    public byte[]? Certificate { get; set; }
    public DateTimeOffset NotAfter { get; set; }
}

internal sealed class OutgoingDocumentConfiguration : IEntityTypeConfiguration<OutgoingDocument>
{
    public void Configure(EntityTypeBuilder<OutgoingDocument> builder)
    {
        builder.Property(d => d.TypeCode).HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Recipients).HasMaxLength(1000);
        builder.Property(d => d.NumberText).HasMaxLength(60);
        builder.Property(d => d.SignerName).HasMaxLength(150);
        builder.Property(d => d.SignerPosition).HasMaxLength(150);
        builder.Property(d => d.CreatedBy).HasMaxLength(150);
        builder.Property(d => d.Series).HasMaxLength(40);
        builder.HasIndex(d => new { d.SchoolId, d.Series, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.SchoolId, d.Kind, d.Year });
        builder.Property(d => d.ApprovedHash).HasMaxLength(64);
        builder.HasIndex(d => new { d.SchoolId, d.Status });
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.OutgoingDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Comments).WithOne().HasForeignKey(c => c.OutgoingDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.SavedBy).HasMaxLength(150);
    }
}

internal sealed class DocumentCommentConfiguration : IEntityTypeConfiguration<DocumentComment>
{
    public void Configure(EntityTypeBuilder<DocumentComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(1000);
        builder.Property(c => c.By).HasMaxLength(150);
    }
}

internal sealed class DocumentCounterConfiguration : IEntityTypeConfiguration<DocumentCounter>
{
    public void Configure(EntityTypeBuilder<DocumentCounter> builder)
    {
        builder.Property(c => c.Series).HasMaxLength(40);
        builder.HasIndex(c => new { c.SchoolId, c.Series }).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.Property(k => k.Owner).HasMaxLength(40);
        builder.HasIndex(k => new { k.SchoolId, k.Owner }).IsUnique();
    }
}
