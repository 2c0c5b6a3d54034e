using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Plan;

internal sealed class SchoolPlanConfiguration : IEntityTypeConfiguration<SchoolPlan>
{
    public void Configure(EntityTypeBuilder<SchoolPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Number).HasMaxLength(40);
        builder.Property(p => p.CreatedBy).HasMaxLength(200);
        builder.HasIndex(p => new { p.SchoolId, p.FromYear });
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.SchoolPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Assignments).WithOne().HasForeignKey(a => a.SchoolPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanSectionEntryConfiguration : IEntityTypeConfiguration<PlanSectionEntry>
{
    public void Configure(EntityTypeBuilder<PlanSectionEntry> builder)
    {
        builder.Property(s => s.Part).HasMaxLength(300);
        builder.Property(s => s.Number).HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.Property(s => s.Items).HasMaxLength(50000);
    }
}

internal sealed class PlanAssignmentConfiguration : IEntityTypeConfiguration<PlanAssignment>
{
    public void Configure(EntityTypeBuilder<PlanAssignment> builder)
    {
        builder.Property(a => a.Responsible).HasMaxLength(300);
        builder.Property(a => a.Tasks).HasMaxLength(10000);
        builder.Property(a => a.Timeframe).HasMaxLength(200);
    }
}

internal sealed class TargetManualValueConfiguration : IEntityTypeConfiguration<TargetManualValue>
{
    public void Configure(EntityTypeBuilder<TargetManualValue> builder)
    {
        builder.Property(v => v.Code).HasMaxLength(4);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.EvidenceFileName).HasMaxLength(260);
        builder.Property(v => v.EvidenceContentType).HasMaxLength(100);
        builder.Property(v => v.EnteredBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.SchoolId, v.Code, v.EnteredAt });
    }
}

internal sealed class TargetSnapshotConfiguration : IEntityTypeConfiguration<TargetSnapshot>
{
    public void Configure(EntityTypeBuilder<TargetSnapshot> builder)
    {
        builder.HasKey(s => new { s.SchoolId, s.Code, s.Month });
        builder.Property(s => s.Code).HasMaxLength(4);
    }
}

internal sealed class PlanReportConfiguration : IEntityTypeConfiguration<PlanReport>
{
    public void Configure(EntityTypeBuilder<PlanReport> builder) =>
        builder.HasIndex(r => new { r.SchoolId, r.Year, r.Quarter }).IsUnique();
}
