using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Cell;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> builder)
    {
        builder.Property(p => p.CardNumber).HasMaxLength(20);
        builder.Property(p => p.CellPosition).HasMaxLength(40);
        builder.HasIndex(p => p.StaffMemberId).IsUnique();
        builder.HasOne(p => p.StaffMember).WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
