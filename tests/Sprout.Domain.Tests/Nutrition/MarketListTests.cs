using Sprout.Domain.Nutrition;
using static Sprout.Domain.Tests.Nutrition.Builders;

namespace Sprout.Domain.Tests.Nutrition;

public class MarketListTests
{
    private static readonly Dish[] Dishes =
    [
        Dish("Cơm tẻ", ("gao-te", 60)),
        Dish("Trứng đúc thịt", ("trung-ga", 30), ("thit-lon-xay", 15)),
        Dish("Canh trứng cà chua", ("trung-ga", 10), ("ca-chua", 20)),
    ];

    private static readonly Dictionary<string, decimal> Prices = new()
    {
        ["gao-te"] = 18_000, ["trung-ga"] = 45_000, ["thit-lon-xay"] = 120_000, ["ca-chua"] = 25_000,
    };

    [Theory]
    [InlineData(25)]
    [InlineData(30)]
    public void Purchase_is_grams_as_bought_times_children_present(int children)
    {
        var list = MarketList.Build(Dishes, children, FoodTable.Default);
        var egg = Assert.Single(list.Lines, l => l.Food.Code == "trung-ga");
        // The same food in two dishes is bought once: 30 g + 10 g per child.
        Assert.Equal(40, egg.GramsPerChild, 9);
        Assert.Equal(40 * children / 1000.0, egg.PurchaseKg, 9);
        // Waste 12 %: the child eats 35.2 g of the 40 g bought …
        Assert.Equal(35.2, egg.EdibleGramsPerChild, 9);
        // … which is DOMAIN.md's rule read with edible grams: edible × children ÷ (1 − waste %).
        Assert.Equal(egg.EdibleGramsPerChild * children / (1 - 0.12) / 1000, egg.PurchaseKg, 9);
        Assert.Equal(4, list.Lines.Count);
    }

    [Fact]
    public void Market_list_prices_each_line_and_totals_them()
    {
        var list = MarketList.Build(Dishes, 25, FoodTable.Default, Prices);
        // gạo 1.5 kg × 18 000 = 27 000; trứng 1 kg × 45 000 = 45 000; thịt 0.375 kg × 120 000 = 45 000; cà chua 0.5 kg × 25 000 = 12 500
        Assert.Equal(27_000m, list.Lines.Single(l => l.Food.Code == "gao-te").AmountVnd);
        Assert.Equal(129_500m, list.TotalVnd);
        Assert.Null(MarketList.Build(Dishes, 25, FoodTable.Default).TotalVnd);
    }

    [Fact]
    public void Cost_per_child_is_compared_with_the_meal_fee()
    {
        var cost = DayCost.For(Dishes, FoodTable.Default, Prices, mealFeeVnd: 6_000m);
        // 60 g × 18 đ/g + 40 g × 45 đ/g + 15 g × 120 đ/g + 20 g × 25 đ/g = 1 080 + 1 800 + 1 800 + 500 = 5 180 đ
        Assert.Equal(5_180m, cost.CostPerChildVnd);
        Assert.Equal(820m, cost.BalanceVnd);
        Assert.True(cost.WithinFee);
        Assert.False(DayCost.For(Dishes, FoodTable.Default, Prices, 5_000m).WithinFee);
    }

    [Fact]
    public void A_missing_price_is_an_error_not_a_free_ingredient()
    {
        var prices = new Dictionary<string, decimal>(Prices);
        prices.Remove("ca-chua");
        var ex = Assert.Throws<NutritionValidationException>(() => DayCost.For(Dishes, FoodTable.Default, prices));
        Assert.Equal("Chưa có giá của nguyên liệu \"Cà chua\" (mã ca-chua).", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Attendance_must_be_positive()
    {
        var ex = Assert.Throws<NutritionValidationException>(() => MarketList.Build(Dishes, 0, FoodTable.Default));
        Assert.Equal("Số trẻ phải lớn hơn 0 (đang là 0).", Assert.Single(ex.Errors));
    }
}
