using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Children;

/// <summary>
/// A child's time in one class. Moving a child closes the current membership and opens a new one,
/// so the class history across school years is never overwritten.
/// </summary>
public class ClassMembership : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int ClassroomId { get; set; }
    public Classroom? Classroom { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>A portrait (of a child, or of a guardian for the pick-up check), re-encoded without metadata.</summary>
public class Portrait : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int? ChildId { get; set; }
    public int? GuardianId { get; set; }
    public required byte[] Jpeg { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

internal sealed class ClassMembershipConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<ClassMembership>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ClassMembership> builder)
    {
        builder.HasIndex(m => new { m.ChildId, m.From });
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(Microsoft.EntityFrameworkCore.DeleteBehavior.Cascade);
        builder.HasOne(m => m.Classroom).WithMany().HasForeignKey(m => m.ClassroomId).OnDelete(Microsoft.EntityFrameworkCore.DeleteBehavior.Restrict);
    }
}

internal sealed class PortraitConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<Portrait>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Portrait> builder)
    {
        builder.HasIndex(p => p.ChildId).IsUnique();
        builder.HasIndex(p => p.GuardianId).IsUnique();
    }
}
