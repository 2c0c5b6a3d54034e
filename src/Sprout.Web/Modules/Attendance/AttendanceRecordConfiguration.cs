using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Attendance;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        // One record per child per day: a second tap updates it instead of counting the child twice.
        builder.HasIndex(a => new { a.ChildId, a.Date }).IsUnique();
        builder.HasIndex(a => new { a.SchoolId, a.Date });
        builder.Property(a => a.AbsenceReason).HasMaxLength(300);
        builder.Property(a => a.DroppedOffBy).HasMaxLength(150);
        builder.Property(a => a.PickedUpBy).HasMaxLength(150);
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
    }
}
