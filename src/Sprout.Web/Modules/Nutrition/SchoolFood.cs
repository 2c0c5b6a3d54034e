using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Nutrition;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>
/// A food the school added or edited, or imported from its licensed copy of the Vietnamese food composition
/// table (Bảng thành phần thực phẩm Việt Nam, 2007). Same code as a shipped food: the school's figures win.
/// </summary>
public class SchoolFood : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Group { get; set; } = string.Empty;
    public FoodOrigin Origin { get; set; }
    public double WastePercent { get; set; }
    public double EnergyKcal { get; set; }
    public double ProteinG { get; set; }
    public double LipidG { get; set; }
    public double GlucidG { get; set; }

    public Food ToFood() => new(Code, Name, Origin, WastePercent, EnergyKcal, ProteinG, LipidG, GlucidG) { Group = Group };
}

internal sealed class SchoolFoodConfiguration : IEntityTypeConfiguration<SchoolFood>
{
    public void Configure(EntityTypeBuilder<SchoolFood> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(40);
        builder.Property(f => f.Name).HasMaxLength(150);
        builder.Property(f => f.Group).HasMaxLength(60);
        builder.HasIndex(f => new { f.SchoolId, f.Code }).IsUnique();
    }
}
