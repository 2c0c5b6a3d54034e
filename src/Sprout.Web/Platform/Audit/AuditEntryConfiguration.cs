using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // A unique sequence means two writers can never fork the chain: one of them fails instead.
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.HasIndex(a => new { a.SchoolId, a.Sequence });
        builder.Property(a => a.UserName).HasMaxLength(200);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.Mac).HasMaxLength(64);
    }
}
