using Sprout.Domain.Nutrition;
using static Sprout.Domain.Tests.Nutrition.Builders;

namespace Sprout.Domain.Tests.Nutrition;

public class ValidationTests
{
    private static readonly MenuAnalyzer Analyzer = new(FoodTable.Default, NutritionNorms.MauGiao);

    private static string SingleError(Action act)
    {
        var ex = Assert.Throws<NutritionValidationException>(act);
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void Dish_without_ingredients_is_refused()
    {
        var message = SingleError(() => Analyzer.AnalyzeDish(new Dish("Canh bí đỏ", [])));
        Assert.Equal("Món \"Canh bí đỏ\" chưa có nguyên liệu.", message);
    }

    [Theory]
    [InlineData(0, "Món \"Canh bí đỏ\": lượng Bí đỏ phải lớn hơn 0 g (đang là 0 g).")]
    [InlineData(-5, "Món \"Canh bí đỏ\": lượng Bí đỏ phải lớn hơn 0 g (đang là -5 g).")]
    public void Zero_or_negative_quantity_is_refused(double grams, string expected)
    {
        var message = SingleError(() => Analyzer.AnalyzeDish(Dish("Canh bí đỏ", ("bi-do", grams), ("thit-lon-xay", 8))));
        Assert.Equal(expected, message);
    }

    [Fact]
    public void Unknown_food_code_is_refused()
    {
        var message = SingleError(() => Analyzer.AnalyzeDish(Dish("Canh bí đỏ", ("bi-ngo-la", 40))));
        Assert.Equal("Món \"Canh bí đỏ\": không tìm thấy nguyên liệu mã \"bi-ngo-la\" trong bảng thực phẩm.", message);
    }

    [Fact]
    public void Ingredient_without_nutrient_data_is_an_error_not_zero()
    {
        var foods = FoodTable.Default.With([new Food("banh-da-cua", "Bánh đa cua", FoodOrigin.Plant, 0, 330, null, 1.2, null)]);
        var analyzer = new MenuAnalyzer(foods, NutritionNorms.MauGiao);
        var day = Day("Thứ Hai", (MealKind.Phu, [Dish("Bánh đa cua", ("banh-da-cua", 60))]));
        var message = SingleError(() => analyzer.AnalyzeDay(day, 2));
        Assert.Equal("Nguyên liệu \"Bánh đa cua\" (mã banh-da-cua) chưa có số liệu protein, glucid.", message);
        Assert.Throws<NutritionValidationException>(() => NutrientSummary.Of(foods.Find("banh-da-cua")!, 60));
    }

    [Fact]
    public void Menu_day_without_meals_is_refused()
    {
        var message = SingleError(() => Analyzer.AnalyzeDay(new MenuDay("Thứ Hai", []), week: 1));
        Assert.Equal("Ngày Thứ Hai (tuần 1) chưa có bữa ăn nào.", message);
    }

    [Fact]
    public void Meal_without_dishes_is_refused()
    {
        var message = SingleError(() => Analyzer.AnalyzeDay(new MenuDay("Thứ Ba", [new MenuMeal(MealKind.Trua, [])]), week: 2));
        Assert.Equal("Ngày Thứ Ba (tuần 2): bữa trưa chưa có món nào.", message);
    }

    [Fact]
    public void All_problems_of_a_menu_are_reported_at_once()
    {
        var menu = new Menu("Thực đơn lỗi", AgeGroup.MauGiao, [
            new MenuWeek(1, [
                new MenuDay("Thứ Hai", []),
                Day("Thứ Ba", (MealKind.Trua, [new Dish("Canh bí đỏ", []), Dish("Cơm", ("gao-te", -1))])),
            ]),
        ]);
        var ex = Assert.Throws<NutritionValidationException>(() => MenuAnalyzer.AnalyzeMenu(menu));
        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains("Món \"Canh bí đỏ\" chưa có nguyên liệu.", ex.Errors);
    }

    [Fact]
    public void Menu_without_days_is_refused()
    {
        var message = SingleError(() => MenuAnalyzer.AnalyzeMenu(new Menu("Trống", AgeGroup.NhaTre, [])));
        Assert.Equal("Thực đơn \"Trống\" chưa có ngày nào.", message);
    }

    [Fact]
    public void Invalid_waste_percentage_is_refused()
    {
        var foods = new FoodTable([new Food("x", "Vỏ", FoodOrigin.Plant, 100, 10, 1, 1, 1)]);
        var message = SingleError(() => new MenuAnalyzer(foods, NutritionNorms.NhaTre).AnalyzeDish(Dish("Món vỏ", ("x", 10))));
        Assert.Equal("Nguyên liệu \"Vỏ\" (mã x) có tỉ lệ thải bỏ không hợp lệ (100 %).", message);
    }
}
