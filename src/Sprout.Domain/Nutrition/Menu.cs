namespace Sprout.Domain.Nutrition;

/// <summary>
/// One ingredient of a dish for one child. <paramref name="Grams"/> is the RAW weight AS BOUGHT
/// (thực mua, before trimming): the cook's and the market's weight. The edible part is
/// <c>Grams × (1 − waste %)</c>, and only that part carries nutrients.
/// </summary>
public sealed record DishIngredient(string FoodCode, double Grams);

public sealed record Dish(string Name, IReadOnlyList<DishIngredient> Ingredients);

public sealed record MenuMeal(MealKind Kind, IReadOnlyList<Dish> Dishes);

/// <summary>A school day; <paramref name="Name"/> is how the menu labels it ("Thứ Hai").</summary>
public sealed record MenuDay(string Name, IReadOnlyList<MenuMeal> Meals)
{
    public IEnumerable<Dish> Dishes => Meals.SelectMany(m => m.Dishes);
}

public sealed record MenuWeek(int Number, IReadOnlyList<MenuDay> Days);

/// <summary>A menu of one age group over one or more weeks.</summary>
public sealed record Menu(string Name, AgeGroup AgeGroup, IReadOnlyList<MenuWeek> Weeks)
{
    /// <summary>Tiền ăn: what parents pay per child per day, when the menu file gives it.</summary>
    public decimal? MealFeeVnd { get; init; }

    /// <summary>Market prices by food code, VND per kg as bought.</summary>
    public IReadOnlyDictionary<string, decimal> PricesVndPerKg { get; init; } = new Dictionary<string, decimal>();

    /// <summary>School foods that replace or extend the shipped table (e.g. from the Vietnamese table).</summary>
    public IReadOnlyList<Food> Foods { get; init; } = [];

    public IEnumerable<(int Week, MenuDay Day)> Days => Weeks.SelectMany(w => w.Days.Select(d => (w.Number, d)));
}
