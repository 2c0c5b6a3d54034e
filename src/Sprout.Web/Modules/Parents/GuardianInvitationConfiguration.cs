using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Parents;

internal sealed class GuardianInvitationConfiguration : IEntityTypeConfiguration<GuardianInvitation>
{
    public void Configure(EntityTypeBuilder<GuardianInvitation> builder)
    {
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne(i => i.Guardian).WithMany().HasForeignKey(i => i.GuardianId).OnDelete(DeleteBehavior.Cascade);
    }
}
