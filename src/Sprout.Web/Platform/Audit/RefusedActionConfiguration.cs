using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Platform.Audit;

internal sealed class RefusedActionConfiguration : IEntityTypeConfiguration<RefusedAction>
{
    public void Configure(EntityTypeBuilder<RefusedAction> builder)
    {
        builder.Property(r => r.UserName).HasMaxLength(150);
        builder.Property(r => r.Action).HasMaxLength(300);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.SchoolId, r.At });
    }
}
