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

internal sealed class ClassAnnouncementConfiguration : IEntityTypeConfiguration<ClassAnnouncement>
{
    public void Configure(EntityTypeBuilder<ClassAnnouncement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Body).HasMaxLength(4000);
        builder.Property(a => a.AuthorName).HasMaxLength(150);
        builder.HasIndex(a => new { a.ClassroomId, a.PostedAt });
        builder.HasOne(a => a.Classroom).WithMany().HasForeignKey(a => a.ClassroomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Reads).WithOne().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnouncementReadConfiguration : IEntityTypeConfiguration<AnnouncementRead>
{
    public void Configure(EntityTypeBuilder<AnnouncementRead> builder) => builder.HasIndex(r => new { r.AnnouncementId, r.GuardianId }).IsUnique();
}

internal sealed class WeeklyPlanConfiguration : IEntityTypeConfiguration<WeeklyPlan>
{
    public void Configure(EntityTypeBuilder<WeeklyPlan> builder)
    {
        builder.HasIndex(p => new { p.ClassroomId, p.WeekStart }).IsUnique();
        builder.Property(p => p.Plan).HasMaxLength(8000);
        builder.Property(p => p.Extracurricular).HasMaxLength(4000);
        builder.Property(p => p.UpdatedBy).HasMaxLength(150);
        builder.HasOne<Sprout.Web.Modules.Children.Classroom>().WithMany().HasForeignKey(p => p.ClassroomId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClassPhotoConfiguration : IEntityTypeConfiguration<ClassPhoto>
{
    public void Configure(EntityTypeBuilder<ClassPhoto> builder)
    {
        builder.Property(p => p.Caption).HasMaxLength(300);
        builder.Property(p => p.UploadedBy).HasMaxLength(150);
        builder.HasIndex(p => new { p.ClassroomId, p.Date });
        builder.HasOne(p => p.Classroom).WithMany().HasForeignKey(p => p.ClassroomId).OnDelete(DeleteBehavior.Cascade);
    }
}
