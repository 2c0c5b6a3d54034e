using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Branding;

/// <summary>The school's own logo, shown in the header of every page; re-encoded on upload (no metadata kept).</summary>
public class SchoolLogo : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required byte[] Jpeg { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

internal sealed class SchoolLogoConfiguration : IEntityTypeConfiguration<SchoolLogo>
{
    public void Configure(EntityTypeBuilder<SchoolLogo> builder)
    {
        builder.Property(l => l.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(l => l.SchoolId).IsUnique();
    }
}
