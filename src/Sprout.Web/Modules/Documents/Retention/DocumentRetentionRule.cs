using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Retention;

/// <summary>A school's own retention period for one document type, replacing the shipped default.</summary>
public class DocumentRetentionRule : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string TypeCode { get; set; }

    /// <summary>Years to keep, or null for ever (vĩnh viễn).</summary>
    public int? Years { get; set; }
}

internal sealed class DocumentRetentionRuleConfiguration : IEntityTypeConfiguration<DocumentRetentionRule>
{
    public void Configure(EntityTypeBuilder<DocumentRetentionRule> builder)
    {
        builder.Property(r => r.TypeCode).HasMaxLength(20);
        builder.HasIndex(r => new { r.SchoolId, r.TypeCode }).IsUnique();
    }
}
