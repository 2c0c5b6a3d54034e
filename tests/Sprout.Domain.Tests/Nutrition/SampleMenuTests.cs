using Sprout.Domain.Nutrition;

namespace Sprout.Domain.Tests.Nutrition;

public class SampleMenuTests
{
    [Fact]
    public void Sample_four_week_menu_meets_the_mau_giao_norms_every_day()
    {
        var menu = Builders.LoadSampleMenu();
        Assert.Equal(AgeGroup.MauGiao, menu.AgeGroup);
        Assert.Equal(4, menu.Weeks.Count);

        var analysis = MenuAnalyzer.AnalyzeMenu(menu);
        Assert.Equal(20, analysis.Days.Count);
        foreach (var day in analysis.Days)
        {
            var where = $"tuần {day.Week} {day.Day}: {day.Energy.Value:0} kcal, P {day.Totals.ProteinPercent:0.0} L {day.Totals.LipidPercent:0.0} G {day.Totals.GlucidPercent:0.0}";
            Assert.True(day.QuantityOk, where);
            Assert.True(day.QualityOk, where);
            Assert.All(day.Meals, m => Assert.True(m.Energy!.Value.IsWithin, $"{where} bữa {m.Kind.Name()}"));
        }

        Assert.True(analysis.Average.MeetsNorms);
        Assert.Equal([1, 2, 3, 4], analysis.WeekAverages.Select(w => w.Week));
        Assert.All(analysis.WeekAverages, w => Assert.True(w.MeetsNorms, w.Day));
        Assert.Equal(analysis.Days.Average(d => d.Totals.EnergyKcal), analysis.Average.Totals.EnergyKcal, 6);
    }

    [Fact]
    public void Sample_menu_costs_fit_the_meal_fee()
    {
        var menu = Builders.LoadSampleMenu();
        foreach (var (_, day) in menu.Days)
        {
            var cost = DayCost.For(day, FoodTable.Default, menu.PricesVndPerKg, menu.MealFeeVnd);
            Assert.True(cost.WithinFee, $"{day.Name}: {cost.CostPerChildVnd} đ");
        }
    }

    [Fact]
    public void Cli_analyses_the_shipped_sample_menu()
    {
        using var reader = new StreamReader(FoodTable.OpenData("sample-menu-mau-giao.json"));
        var output = new StringWriter();
        Assert.Equal(NutritionCli.Ok, NutritionCli.Analyze(reader, output));
        using var doc = System.Text.Json.JsonDocument.Parse(output.ToString());
        Assert.Equal(20, doc.RootElement.GetProperty("daysMeetingNorms").GetInt32());
        Assert.Equal("Đạt", doc.RootElement.GetProperty("average").GetProperty("danhGiaChat").GetString());
        if (Environment.GetEnvironmentVariable("SPROUT_DUMP_NUTRITION") is { Length: > 0 } path)
            File.WriteAllText(path, output.ToString());
    }
}
