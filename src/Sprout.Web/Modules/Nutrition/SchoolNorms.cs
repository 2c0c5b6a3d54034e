using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Nutrition;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>
/// A school's own figures for the norms at school, for when the national rule changes before Sprout does.
/// Without a row, the defaults of <see cref="NutritionNorms"/> (TT 28/2016, TT 51/2020) apply.
/// </summary>
public class SchoolNorms : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public double EnergyMinKcal { get; set; }
    public double EnergyMaxKcal { get; set; }
    public double ProteinMinPercent { get; set; }
    public double ProteinMaxPercent { get; set; }
    public double LipidMinPercent { get; set; }
    public double LipidMaxPercent { get; set; }
    public double GlucidMinPercent { get; set; }
    public double GlucidMaxPercent { get; set; }

    /// <summary>The text the school follows, e.g. the number of the new circular.</summary>
    public string? Source { get; set; }

    public NutritionNorms Apply(NutritionNorms defaults) => defaults with
    {
        EnergyAtSchoolKcal = new Band(EnergyMinKcal, EnergyMaxKcal),
        ProteinPercent = new Band(ProteinMinPercent, ProteinMaxPercent),
        LipidPercent = new Band(LipidMinPercent, LipidMaxPercent),
        GlucidPercent = new Band(GlucidMinPercent, GlucidMaxPercent),
    };
}

internal sealed class SchoolNormsConfiguration : IEntityTypeConfiguration<SchoolNorms>
{
    public void Configure(EntityTypeBuilder<SchoolNorms> builder)
    {
        builder.HasIndex(n => new { n.SchoolId, n.AgeGroup }).IsUnique();
        builder.Property(n => n.Source).HasMaxLength(200);
    }
}
