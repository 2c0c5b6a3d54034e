using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.ContactBook;

internal sealed class DailyReportConfiguration : IEntityTypeConfiguration<DailyReport>
{
    public void Configure(EntityTypeBuilder<DailyReport> builder)
    {
        builder.HasIndex(r => new { r.ChildId, r.Date }).IsUnique();
        builder.Property(r => r.Hygiene).HasMaxLength(300);
        builder.Property(r => r.Activities).HasMaxLength(1000);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.Property(r => r.WrittenBy).HasMaxLength(150);
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Photos).WithOne(p => p.DailyReport).HasForeignKey(p => p.DailyReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChildPhotoConfiguration : IEntityTypeConfiguration<ChildPhoto>
{
    public void Configure(EntityTypeBuilder<ChildPhoto> builder) => builder.HasIndex(p => p.ChildId);
}

internal sealed class ContactMessageConfiguration : IEntityTypeConfiguration<ContactMessage>
{
    public void Configure(EntityTypeBuilder<ContactMessage> builder)
    {
        builder.Property(m => m.AuthorName).HasMaxLength(150);
        builder.Property(m => m.Body).HasMaxLength(2000);
        builder.HasIndex(m => new { m.ChildId, m.SentAt });
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}
