using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Children;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.Property(c => c.FamilyName).HasMaxLength(50);
        builder.Property(c => c.MiddleName).HasMaxLength(80);
        builder.Property(c => c.GivenName).HasMaxLength(50);
        builder.Property(c => c.PersonalId).HasMaxLength(12);
        builder.Property(c => c.StudentCode).HasMaxLength(20);
        builder.Property(c => c.EthnicityCode).HasMaxLength(2);
        builder.Property(c => c.ProvinceCode).HasMaxLength(2);
        builder.Property(c => c.WardCode).HasMaxLength(5);
        builder.Property(c => c.AddressLine).HasMaxLength(200);
        builder.Property(c => c.Allergies).HasMaxLength(500);
        builder.Property(c => c.HealthNotes).HasMaxLength(1000);
        builder.Property(c => c.FoodDislikes).HasMaxLength(300);
        builder.Property(c => c.ConsentGivenBy).HasMaxLength(150);
        // One child file per identifier within a school; re-imports match on it.
        builder.HasIndex(c => new { c.SchoolId, c.PersonalId }).IsUnique();
        builder.HasIndex(c => new { c.SchoolId, c.StudentCode });
        builder.Ignore(c => c.FullName);
        builder.Ignore(c => c.HasConsent);
        builder.HasOne(c => c.Classroom).WithMany(c => c.Children).HasForeignKey(c => c.ClassroomId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> builder)
    {
        builder.Property(g => g.FullName).HasMaxLength(150);
        builder.Property(g => g.Phone).HasMaxLength(20);
        builder.Property(g => g.Email).HasMaxLength(200);
        builder.Property(g => g.Zalo).HasMaxLength(20);
        builder.HasIndex(g => new { g.SchoolId, g.Phone });
    }
}

internal sealed class ChildGuardianConfiguration : IEntityTypeConfiguration<ChildGuardian>
{
    public void Configure(EntityTypeBuilder<ChildGuardian> builder)
    {
        builder.Property(g => g.Relation).HasMaxLength(30);
        builder.HasIndex(g => new { g.ChildId, g.GuardianId }).IsUnique();
        builder.HasOne(g => g.Child).WithMany(c => c.Guardians).HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Guardian).WithMany(c => c.Children).HasForeignKey(g => g.GuardianId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClassroomConfiguration : IEntityTypeConfiguration<Classroom>
{
    public void Configure(EntityTypeBuilder<Classroom> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(80);
        builder.Property(c => c.SchoolYear).HasMaxLength(9);
        builder.HasIndex(c => new { c.SchoolId, c.SchoolYear, c.Name }).IsUnique();
    }
}

internal sealed class ClassroomTeacherConfiguration : IEntityTypeConfiguration<ClassroomTeacher>
{
    public void Configure(EntityTypeBuilder<ClassroomTeacher> builder)
    {
        builder.HasIndex(t => new { t.ClassroomId, t.StaffMemberId }).IsUnique();
        builder.HasOne(t => t.Classroom).WithMany(c => c.Teachers).HasForeignKey(t => t.ClassroomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.StaffMember).WithMany().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
