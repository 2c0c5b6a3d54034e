namespace Sprout.Domain.Nutrition;

/// <summary>One line of the phiếu kê chợ.</summary>
/// <param name="GramsPerChild">Raw weight as bought per child (what the recipe says).</param>
/// <param name="EdibleGramsPerChild">What remains after trimming: GramsPerChild × (1 − waste %).</param>
/// <param name="PurchaseKg">To buy for all children present.</param>
/// <param name="PriceVndPerKg">Null when no price was given.</param>
/// <param name="AmountVnd">PurchaseKg × price, rounded to the đồng; null without a price.</param>
public sealed record MarketListLine(
    Food Food,
    double GramsPerChild,
    double EdibleGramsPerChild,
    double PurchaseKg,
    decimal? PriceVndPerKg,
    decimal? AmountVnd);

public sealed record MarketList(int Children, IReadOnlyList<MarketListLine> Lines)
{
    /// <summary>Sum of the line amounts; null if any line has no price (a partial total would mislead).</summary>
    public decimal? TotalVnd => Lines.All(l => l.AmountVnd is not null) ? Lines.Sum(l => l.AmountVnd!.Value) : null;

    /// <summary>
    /// Builds the market list for <paramref name="children"/> children present.
    /// Convention: recipes give grams per child RAW AS BOUGHT (thực mua), so
    /// purchase = grams per child × children, and edible = bought × (1 − waste %).
    /// This is the same rule as "purchase = edible grams × children ÷ (1 − waste %)" for recipes
    /// written in edible (thực ăn) weight; Sprout keeps recipes in bought weight because that is
    /// what the cook weighs and the market sells, and it never divides by (1 − waste %) twice.
    /// </summary>
    public static MarketList Build(IEnumerable<Dish> dishes, int children, FoodTable foods, IReadOnlyDictionary<string, decimal>? pricesVndPerKg = null)
    {
        ArgumentNullException.ThrowIfNull(dishes);
        ArgumentNullException.ThrowIfNull(foods);
        var dishList = dishes.ToList();
        var errors = new List<string>();
        if (children <= 0) errors.Add($"Số trẻ phải lớn hơn 0 (đang là {children}).");
        foreach (var dish in dishList) errors.AddRange(MenuValidator.ValidateDish(dish, foods));
        MenuValidator.ThrowIfAny(errors.Distinct(StringComparer.Ordinal).ToList());

        var lines = dishList
            .SelectMany(d => d.Ingredients)
            .GroupBy(i => i.FoodCode, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var food = foods.Find(g.Key)!;
                var grams = g.Sum(i => i.Grams);
                var kg = grams * children / 1000;
                decimal? price = pricesVndPerKg is not null && pricesVndPerKg.TryGetValue(food.Code, out var p) ? p : null;
                decimal? amount = price is null ? null : Math.Round((decimal)kg * price.Value, 0, MidpointRounding.AwayFromZero);
                return new MarketListLine(food, grams, NutrientSummary.EdibleGrams(food, grams), kg, price, amount);
            })
            .OrderBy(l => l.Food.Group, StringComparer.Ordinal)
            .ThenBy(l => l.Food.Name, StringComparer.Ordinal)
            .ToList();
        return new MarketList(children, lines);
    }

    public static MarketList Build(MenuDay day, int children, FoodTable foods, IReadOnlyDictionary<string, decimal>? pricesVndPerKg = null)
    {
        ArgumentNullException.ThrowIfNull(day);
        return Build(day.Dishes, children, foods, pricesVndPerKg);
    }
}

/// <summary>Cost of one day's food per child against the meal fee (tiền ăn).</summary>
/// <param name="BalanceVnd">Fee − cost: positive means money left over, negative means the menu costs more than parents pay.</param>
public sealed record DayCost(decimal CostPerChildVnd, decimal? MealFeeVnd)
{
    public decimal? BalanceVnd => MealFeeVnd - CostPerChildVnd;

    public bool? WithinFee => BalanceVnd is null ? null : BalanceVnd >= 0;

    /// <summary>
    /// Σ grams as bought ÷ 1000 × price per kg, rounded to the đồng at the end only.
    /// Every food needs a price: a missing one is an error, not a free ingredient.
    /// </summary>
    public static DayCost For(IEnumerable<Dish> dishes, FoodTable foods, IReadOnlyDictionary<string, decimal> pricesVndPerKg, decimal? mealFeeVnd = null)
    {
        ArgumentNullException.ThrowIfNull(dishes);
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(pricesVndPerKg);
        var dishList = dishes.ToList();
        var errors = new List<string>();
        foreach (var dish in dishList) errors.AddRange(MenuValidator.ValidateDish(dish, foods));
        MenuValidator.ThrowIfAny(errors);

        var cost = 0m;
        foreach (var ingredient in dishList.SelectMany(d => d.Ingredients))
        {
            var food = foods.Find(ingredient.FoodCode)!;
            if (!pricesVndPerKg.TryGetValue(food.Code, out var price))
            {
                errors.Add($"Chưa có giá của nguyên liệu \"{food.Name}\" (mã {food.Code}).");
                continue;
            }

            if (price < 0) errors.Add($"Giá của nguyên liệu \"{food.Name}\" không được âm.");
            cost += (decimal)ingredient.Grams / 1000m * price;
        }

        MenuValidator.ThrowIfAny(errors.Distinct(StringComparer.Ordinal).ToList());
        return new DayCost(Math.Round(cost, 0, MidpointRounding.AwayFromZero), mealFeeVnd);
    }

    public static DayCost For(MenuDay day, FoodTable foods, IReadOnlyDictionary<string, decimal> pricesVndPerKg, decimal? mealFeeVnd = null)
    {
        ArgumentNullException.ThrowIfNull(day);
        return For(day.Dishes, foods, pricesVndPerKg, mealFeeVnd);
    }
}
