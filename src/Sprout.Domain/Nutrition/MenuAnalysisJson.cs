using System.Text.Json;

namespace Sprout.Domain.Nutrition;

/// <summary>
/// Writes a menu analysis as JSON (invariant numbers, Vietnamese text unescaped). Figures are rounded
/// for reading: kcal and % to 0.1, grams to 0.01; the statuses are decided on the unrounded values.
/// </summary>
public static class MenuAnalysisJson
{
    public const string EnergyMethod =
        "Năng lượng tính từ protein, lipid, glucid theo hệ số 4/9/4 kcal/g; tableEnergyKcal là năng lượng cộng theo bảng thực phẩm (USDA SR28).";

    public static void Write(MenuAnalysis analysis, TextWriter output, IReadOnlyDictionary<(int Week, string Day), DayCost>? costs = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(JsonSerializer.Serialize(ToFile(analysis, costs), MenuJson.Options));
        output.WriteLine();
    }

    public static string Write(MenuAnalysis analysis, IReadOnlyDictionary<(int Week, string Day), DayCost>? costs = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(analysis, writer, costs);
        return writer.ToString();
    }

    private static AnalysisFile ToFile(MenuAnalysis a, IReadOnlyDictionary<(int Week, string Day), DayCost>? costs)
    {
        var norms = a.Average.Norms;
        return new AnalysisFile(
            a.Menu.Name,
            a.Menu.AgeGroup.Code(),
            a.Menu.AgeGroup.Name(),
            EnergyMethod,
            new NormsFile(
                BandFile.Of(norms.DailyNeedKcal),
                BandFile.Of(norms.EnergyAtSchoolKcal),
                BandFile.Of(norms.ProteinPercent),
                BandFile.Of(norms.LipidPercent),
                BandFile.Of(norms.GlucidPercent),
                norms.MealSharePercent.OrderBy(m => m.Key).ToDictionary(m => m.Key.Code(), m => BandFile.Of(m.Value))),
            a.Days.Select(d => Day(d, costs is not null && costs.TryGetValue((d.Week, d.Day), out var c) ? c : null)).ToList(),
            a.WeekAverages.Select(w => Day(w, null)).ToList(),
            Day(a.Average, null),
            a.Days.Count(d => d.MeetsNorms));
    }

    private static DayFile Day(DayAnalysis d, DayCost? cost)
    {
        var t = d.Totals;
        return new DayFile(
            d.Week == 0 ? null : d.Week,
            d.Day,
            R1(t.EnergyKcal),
            R1(t.TableEnergyKcal),
            R2(t.ProteinG),
            R2(t.LipidG),
            R2(t.GlucidG),
            R1(t.ProteinPercent),
            R1(t.LipidPercent),
            R1(t.GlucidPercent),
            R2(t.AnimalProteinG),
            R2(t.PlantProteinG),
            t.AnimalProteinPercent is { } ap ? R1(ap) : null,
            t.AnimalLipidPercent is { } al ? R1(al) : null,
            new MicroFile(R2N(t.FiberG), R1N(t.CalciumMg), R2N(t.IronMg), R1N(t.VitaminARaeUg), R1N(t.VitaminCMg)),
            new ChecksFile(
                CheckFile.Of(d.Energy, "kcal"),
                CheckFile.Of(d.Protein, "%"),
                CheckFile.Of(d.Lipid, "%"),
                CheckFile.Of(d.Glucid, "%")),
            d.QuantityVerdict,
            d.QualityVerdict,
            d.Meals.Count > 0
                ? d.Meals.Select(m => new MealFile(
                    m.Kind.Code(),
                    m.Kind.Name(),
                    R1(m.Totals.EnergyKcal),
                    R1(m.SharePercentOfDailyNeed),
                    m.Energy is { } e ? CheckFile.Of(e, "kcal") : null)).ToList()
                : null,
            cost?.CostPerChildVnd,
            cost?.MealFeeVnd,
            cost?.BalanceVnd);
    }

    private static double R1(double x) => Math.Round(x, 1, MidpointRounding.AwayFromZero);

    private static double R2(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    private static double? R1N(double? x) => x is { } v ? R1(v) : null;

    private static double? R2N(double? x) => x is { } v ? R2(v) : null;

    internal static string StatusCode(BandStatus s) => s switch
    {
        BandStatus.Under => "thieu",
        BandStatus.Over => "thua",
        _ => "dat",
    };

    internal sealed record AnalysisFile(
        string Menu,
        string AgeGroup,
        string AgeGroupName,
        string EnergyMethod,
        NormsFile Norms,
        List<DayFile> Days,
        List<DayFile> WeekAverages,
        DayFile Average,
        int DaysMeetingNorms);

    internal sealed record NormsFile(
        BandFile DailyNeedKcal,
        BandFile EnergyAtSchoolKcal,
        BandFile ProteinPercent,
        BandFile LipidPercent,
        BandFile GlucidPercent,
        Dictionary<string, BandFile> MealSharePercent);

    internal sealed record BandFile(double Min, double Max)
    {
        public static BandFile Of(Band b) => new(R1(b.Min), R1(b.Max));
    }

    internal sealed record CheckFile(double Value, double Min, double Max, string Status, double Deviation, string Text)
    {
        public static CheckFile Of(BandCheck c, string unit) =>
            new(R1(c.Value), R1(c.Band.Min), R1(c.Band.Max), StatusCode(c.Status), R1(c.Deviation), c.Describe(unit));
    }

    internal sealed record ChecksFile(CheckFile Energy, CheckFile Protein, CheckFile Lipid, CheckFile Glucid);

    internal sealed record MicroFile(double? FiberG, double? CalciumMg, double? IronMg, double? VitaminARaeUg, double? VitaminCMg);

    internal sealed record MealFile(string Meal, string MealName, double EnergyKcal, double SharePercentOfDailyNeed, CheckFile? Energy);

    internal sealed record DayFile(
        int? Week,
        string Day,
        double EnergyKcal,
        double TableEnergyKcal,
        double ProteinG,
        double LipidG,
        double GlucidG,
        double ProteinPercent,
        double LipidPercent,
        double GlucidPercent,
        double AnimalProteinG,
        double PlantProteinG,
        double? AnimalProteinPercent,
        double? AnimalLipidPercent,
        MicroFile Micronutrients,
        ChecksFile Checks,
        string DanhGiaLuong,
        string DanhGiaChat,
        List<MealFile>? Meals,
        decimal? CostPerChildVnd,
        decimal? MealFeeVnd,
        decimal? BalanceVnd);
}
