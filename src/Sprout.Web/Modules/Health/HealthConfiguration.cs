using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Health;

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.HasIndex(m => new { m.ChildId, m.Date });
        builder.Property(m => m.MeasuredBy).HasMaxLength(150);
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HealthEventConfiguration : IEntityTypeConfiguration<HealthEvent>
{
    public void Configure(EntityTypeBuilder<HealthEvent> builder)
    {
        builder.HasIndex(e => new { e.ChildId, e.Kind, e.Date });
        builder.Property(e => e.Details).HasMaxLength(1000);
        builder.Property(e => e.Doctor).HasMaxLength(150);
        builder.Property(e => e.RecordedBy).HasMaxLength(150);
        builder.HasOne<Sprout.Web.Modules.Children.Child>().WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MedicineRequestConfiguration : IEntityTypeConfiguration<MedicineRequest>
{
    public void Configure(EntityTypeBuilder<MedicineRequest> builder)
    {
        builder.HasIndex(m => new { m.SchoolId, m.Date });
        builder.Property(m => m.Medicine).HasMaxLength(200);
        builder.Property(m => m.Dose).HasMaxLength(100);
        builder.Property(m => m.Times).HasMaxLength(100);
        builder.Property(m => m.SentBy).HasMaxLength(150);
        builder.Property(m => m.GivenBy).HasMaxLength(150);
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MedicineDoseConfiguration : IEntityTypeConfiguration<MedicineDose>
{
    public void Configure(EntityTypeBuilder<MedicineDose> builder)
    {
        builder.HasIndex(d => new { d.MedicineRequestId, d.Slot }).IsUnique();
        builder.Property(d => d.GivenBy).HasMaxLength(150);
        builder.HasOne<MedicineRequest>().WithMany(m => m.Doses).HasForeignKey(d => d.MedicineRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DevelopmentAssessmentConfiguration : IEntityTypeConfiguration<DevelopmentAssessment>
{
    public void Configure(EntityTypeBuilder<DevelopmentAssessment> builder)
    {
        builder.HasIndex(a => new { a.ChildId, a.Period, a.Domain }).IsUnique();
        builder.Property(a => a.Period).HasMaxLength(40);
        builder.Property(a => a.AssessedBy).HasMaxLength(150);
        builder.HasOne<Sprout.Web.Modules.Children.Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}
