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

internal sealed class StaffTrainingConfiguration : IEntityTypeConfiguration<StaffTraining>
{
    public void Configure(EntityTypeBuilder<StaffTraining> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(300);
        builder.Property(t => t.Provider).HasMaxLength(200);
        builder.Property(t => t.CertificateFileName).HasMaxLength(200);
        builder.HasIndex(t => new { t.StaffMemberId, t.Topic, t.CompletedOn });
        builder.HasOne(t => t.StaffMember).WithMany().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EthicsCommitmentConfiguration : IEntityTypeConfiguration<EthicsCommitment>
{
    public void Configure(EntityTypeBuilder<EthicsCommitment> builder)
    {
        builder.HasIndex(c => new { c.StaffMemberId, c.Year }).IsUnique();
        builder.HasOne(c => c.StaffMember).WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
