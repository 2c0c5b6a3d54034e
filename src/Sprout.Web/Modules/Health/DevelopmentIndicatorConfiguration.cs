using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Health;

internal sealed class DevelopmentIndicatorConfiguration : IEntityTypeConfiguration<DevelopmentIndicator>
{
    public void Configure(EntityTypeBuilder<DevelopmentIndicator> builder)
    {
        builder.HasIndex(i => new { i.SchoolId, i.Code }).IsUnique();
        builder.HasIndex(i => new { i.SchoolId, i.AgeGroup, i.Domain, i.Order });
        builder.Property(i => i.Code).HasMaxLength(DevelopmentIndicatorImport.MaxCode);
        builder.Property(i => i.Text).HasMaxLength(DevelopmentIndicatorImport.MaxText);
    }
}

internal sealed class IndicatorAssessmentConfiguration : IEntityTypeConfiguration<IndicatorAssessment>
{
    public void Configure(EntityTypeBuilder<IndicatorAssessment> builder)
    {
        builder.HasIndex(a => new { a.ChildId, a.Period, a.IndicatorId }).IsUnique();
        builder.HasIndex(a => a.IndicatorId);
        builder.Property(a => a.Period).HasMaxLength(40);
        builder.Property(a => a.AssessedBy).HasMaxLength(150);
        builder.HasOne(a => a.Indicator).WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sprout.Web.Modules.Children.Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}
