using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Staff;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.FamilyName).HasMaxLength(50);
        builder.Property(s => s.MiddleName).HasMaxLength(80);
        builder.Property(s => s.GivenName).HasMaxLength(50);
        builder.Property(s => s.Position).HasMaxLength(80);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.PersonalId).HasMaxLength(12);
        builder.Ignore(s => s.FullName);
        builder.HasIndex(s => s.UserId);
    }
}
