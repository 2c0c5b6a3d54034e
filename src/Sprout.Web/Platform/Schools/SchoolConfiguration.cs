using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Platform.Schools;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ShortCode).HasMaxLength(20);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.WeeklyRestDays).HasDefaultValue(Sprout.Domain.Calendar.WeeklyRest.SaturdayAndSunday.Bits);
        builder.HasOne(s => s.Ward).WithMany(w => w.Schools).HasForeignKey(s => s.WardId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(150);
        builder.Property(w => w.Province).HasMaxLength(100);
    }
}
