using Sprout.Domain.Nutrition;
using static Sprout.Domain.Tests.Nutrition.Builders;

namespace Sprout.Domain.Tests.Nutrition;

public class MenuAnalyzerTests
{
    private static readonly MenuAnalyzer MauGiao = new(FoodTable.Default, NutritionNorms.MauGiao);

    // 60 g gạo tẻ (SR28 20044: 365 kcal, P 7.13, L 0.66, G 79.95 per 100 g; thải bỏ 1 %) → 59.4 g edible:
    //   P 4.23522, L 0.39204, G 47.4903, table 216.81 kcal
    // 30 g thịt lợn nạc (SR28 10010: 136 kcal, P 20.48, L 5.41, G 0; thải bỏ 0 %):
    //   P 6.144,   L 1.623,   G 0,       table 40.8 kcal
    // Total P 10.37922, L 2.01504, G 47.4903
    // Energy 4×10.37922 + 9×2.01504 + 4×47.4903 = 41.51688 + 18.13536 + 189.9612 = 249.61344 kcal (table 257.61)
    // P 16.6325 %, L 7.2654 %, G 76.1022 %; animal protein 6.144 / 10.37922 = 59.195 %
    private static readonly Dish RiceAndPork = Dish("Cơm thịt", ("gao-te", 60), ("thit-lon-nac", 30));

    [Fact]
    public void Small_dish_matches_hand_computed_SR28_figures()
    {
        var t = MauGiao.AnalyzeDish(RiceAndPork);
        Assert.Equal(10.37922, t.ProteinG, 6);
        Assert.Equal(2.01504, t.LipidG, 6);
        Assert.Equal(47.4903, t.GlucidG, 6);
        Assert.Equal(249.61344, t.EnergyKcal, 6);
        Assert.Equal(257.61, t.TableEnergyKcal, 6);
        Assert.Equal(16.6325, t.ProteinPercent, 3);
        Assert.Equal(7.2654, t.LipidPercent, 3);
        Assert.Equal(76.1022, t.GlucidPercent, 3);
        Assert.Equal(100, t.ProteinPercent + t.LipidPercent + t.GlucidPercent, 9);
        Assert.Equal(6.144, t.AnimalProteinG, 6);
        Assert.Equal(4.23522, t.PlantProteinG, 6);
        Assert.Equal(59.195, t.AnimalProteinPercent!.Value, 3);
    }

    [Fact]
    public void Micronutrients_are_summed_but_unknown_once_a_food_lacks_them()
    {
        // Calcium: gạo tẻ 20044 28 mg, thịt lợn nạc 10010 6 mg per 100 g → 28×0.594 + 6×0.3 = 18.432 mg.
        var t = MauGiao.AnalyzeDish(RiceAndPork);
        Assert.Equal(18.432, t.CalciumMg!.Value, 6);
        // SR28 has no vitamin A figure for shrimp (15270): the sum must say "unknown", not pretend 0.
        var withShrimp = MauGiao.AnalyzeDish(Dish("Tôm rim", ("tom-dong", 25), ("gao-te", 10)));
        Assert.Null(withShrimp.VitaminARaeUg);
        Assert.NotNull(withShrimp.CalciumMg);
    }

    [Fact]
    public void Day_is_judged_short_or_over_by_the_exact_amount()
    {
        var day = MauGiao.AnalyzeDay(Day("Thứ Hai", (MealKind.Trua, [RiceAndPork])), week: 1);

        Assert.Equal(BandStatus.Under, day.Energy.Status);
        Assert.Equal(615 - 249.61344, day.Energy.Deviation, 6);
        Assert.Equal("Thiếu 365,4 kcal", day.Energy.Describe("kcal"));
        Assert.False(day.QuantityOk);
        Assert.Equal("Chưa đạt", day.QuantityVerdict);

        Assert.Equal(BandStatus.Within, day.Protein.Status);
        Assert.Equal(0, day.Protein.Deviation);
        Assert.Equal(BandStatus.Under, day.Lipid.Status);
        Assert.Equal(25 - 7.2654, day.Lipid.Deviation, 3);
        Assert.Equal(BandStatus.Over, day.Glucid.Status);
        Assert.Equal(76.1022 - 60, day.Glucid.Deviation, 3);
        Assert.Equal("Thừa 16,1 %", day.Glucid.Describe("%"));
        Assert.False(day.QualityOk);
    }

    [Fact]
    public void Meals_are_reported_with_their_share_and_band()
    {
        var day = MauGiao.AnalyzeDay(Day("Thứ Ba",
            (MealKind.Trua, [RiceAndPork]),
            (MealKind.Phu, [Dish("Sữa chua", ("sua-chua", 100))])));

        var lunch = Assert.Single(day.Meals, m => m.Kind == MealKind.Trua);
        Assert.Equal(new Band(369, 462), lunch.EnergyBandKcal); // 30 % × 1230 … 35 % × 1320
        Assert.Equal(100 * 249.61344 / 1275, lunch.SharePercentOfDailyNeed, 6);
        Assert.Equal(BandStatus.Under, lunch.Energy!.Value.Status);
        var snack = Assert.Single(day.Meals, m => m.Kind == MealKind.Phu);
        // Sữa chua 01119: P 4.93, L 1.25, G 13.8 → 4×4.93 + 9×1.25 + 4×13.8 = 86.17 kcal
        Assert.Equal(86.17, snack.Totals.EnergyKcal, 6);
        Assert.Equal(249.61344 + 86.17, day.Totals.EnergyKcal, 6);
    }

    [Fact]
    public void Day_within_all_bands_passes_both_evaluations()
    {
        var foods = new FoodTable([
            // Made-up food whose 100 g gives exactly P 15 %, L 30 %, G 55 % of 400 kcal.
            new Food("mon-can-bang", "Món cân bằng", FoodOrigin.Animal, 0, 400, 15, 400 * 0.30 / 9, 55),
        ]);
        var analyzer = new MenuAnalyzer(foods, NutritionNorms.MauGiao);
        var day = analyzer.AnalyzeDay(Day("Thứ Tư", (MealKind.Trua, [Dish("Món cân bằng", ("mon-can-bang", 165))])));
        Assert.Equal(660, day.Energy.Value, 9);
        Assert.True(day.QuantityOk);
        Assert.True(day.QualityOk);
        Assert.Equal("Đạt", day.Energy.Describe("kcal"));
        Assert.Equal("Đạt", day.QualityVerdict);
    }

    [Fact]
    public void Waste_is_removed_before_nutrients_are_counted()
    {
        // Trứng gà 01123, thải bỏ 12 %: 50 g bought → 44 g edible → P 12.56 × 0.44.
        var t = MauGiao.AnalyzeDish(Dish("Trứng luộc", ("trung-ga", 50)));
        Assert.Equal(12.56 * 0.44, t.ProteinG, 9);
        Assert.Equal(44, NutrientSummary.EdibleGrams(FoodTable.Default.Find("trung-ga")!, 50), 9);
    }

    [Fact]
    public void Norms_are_a_record_the_school_can_override()
    {
        Assert.Equal(new Band(600, 651), NutritionNorms.NhaTre.EnergyAtSchoolKcal);
        Assert.Equal(new Band(47, 50), NutritionNorms.NhaTre.GlucidPercent);
        Assert.Equal(new Band(615, 726), NutritionNorms.MauGiao.EnergyAtSchoolKcal);
        Assert.Equal(new Band(25, 35), NutritionNorms.MauGiao.LipidPercent);
        Assert.Equal(new Band(25, 30), NutritionNorms.NhaTre.MealSharePercent[MealKind.Chieu]);
        Assert.Null(NutritionNorms.MauGiao.MealEnergyKcal(MealKind.Chieu));

        var school = NutritionNorms.MauGiao with { EnergyAtSchoolKcal = new Band(615, 738) };
        var day = new MenuAnalyzer(FoodTable.Default, school).AnalyzeDay(Day("Thứ Năm", (MealKind.Trua, [Dish("Cơm", ("gao-te", 209))])));
        // 209 g × 0.99 = 206.91 g edible rice × (4×7.13 + 9×0.66 + 4×79.95 = 354.26 kcal/100 g) = 733.00 kcal
        Assert.Equal(732.999, day.Energy.Value, 2);
        Assert.True(day.Energy.IsWithin);
        Assert.Equal(BandStatus.Over, NutritionNorms.MauGiao.EnergyAtSchoolKcal.Check(day.Energy.Value).Status);
    }

    [Fact]
    public void Nha_tre_day_is_judged_against_its_own_norms_and_afternoon_meal()
    {
        var analyzer = new MenuAnalyzer(FoodTable.Default, NutritionNorms.NhaTre);
        var day = analyzer.AnalyzeDay(Day("Thứ Sáu",
            (MealKind.Trua, [RiceAndPork]),
            (MealKind.Chieu, [RiceAndPork]),
            (MealKind.Phu, [Dish("Sữa chua", ("sua-chua", 100))])));
        Assert.Equal(2 * 249.61344 + 86.17, day.Energy.Value, 6);
        Assert.Equal(new Band(600, 651), day.Energy.Band);
        Assert.Equal(BandStatus.Under, day.Energy.Status);
        Assert.Equal(600 - (2 * 249.61344 + 86.17), day.Energy.Deviation, 6);
        var afternoon = Assert.Single(day.Meals, m => m.Kind == MealKind.Chieu);
        Assert.Equal(new Band(232.5, 300), afternoon.EnergyBandKcal); // 25 % × 930 … 30 % × 1000
        Assert.True(afternoon.Energy!.Value.IsWithin);
    }
}
