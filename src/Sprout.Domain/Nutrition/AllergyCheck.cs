namespace Sprout.Domain.Nutrition;

/// <summary>A dish that contains something a child must not eat.</summary>
public sealed record AllergyConflict(string DishName, Food Food, string Allergy)
{
    public string Message => $"Món \"{DishName}\" có {Food.Name} — trẻ dị ứng {Allergy}.";
}

/// <summary>
/// Finds dishes that conflict with a child's allergies. An allergy is a food code ("tom-su"),
/// an allergen tag of the food list ("trứng", "sữa", "giáp xác"…), a food group ("cá/thủy sản")
/// or a common word the family writes ("hải sản", "lạc", "mè", "gluten").
/// </summary>
public static class AllergyCheck
{
    // Family words → the allergen tags of vn-ingredients.csv. "Hải sản" is read broadly (all fish and
    // shellfish) because for an allergy a false alarm costs less than a missed one.
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["hải sản"] = ["cá", "giáp xác", "nhuyễn thể"],
        ["thủy sản"] = ["cá", "giáp xác", "nhuyễn thể"],
        ["tôm"] = ["giáp xác"],
        ["cua"] = ["giáp xác"],
        ["tôm cua"] = ["giáp xác"],
        ["lạc"] = ["đậu phộng"],
        ["mè"] = ["vừng"],
        ["đậu tương"] = ["đậu nành"],
        ["gluten"] = ["lúa mì"],
        ["bột mì"] = ["lúa mì"],
        ["sữa bò"] = ["sữa"],
        ["các loại hạt"] = ["hạt cây"],
    };

    public static IReadOnlyList<AllergyConflict> FindConflicts(IEnumerable<Dish> dishes, IEnumerable<string> allergies, FoodTable foods)
    {
        ArgumentNullException.ThrowIfNull(dishes);
        ArgumentNullException.ThrowIfNull(allergies);
        ArgumentNullException.ThrowIfNull(foods);
        var dishList = dishes.ToList();
        var errors = dishList.SelectMany(d => MenuValidator.ValidateDish(d, foods)).Where(e => e.Contains("không tìm thấy", StringComparison.Ordinal)).ToList();
        MenuValidator.ThrowIfAny(errors);

        var wanted = allergies.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => (Label: a.Trim(), Key: NutritionNames.Key(a))).ToList();
        var conflicts = new List<AllergyConflict>();
        foreach (var dish in dishList)
        {
            foreach (var food in dish.Ingredients.Select(i => foods.Find(i.FoodCode)!).Distinct())
            {
                foreach (var (label, key) in wanted)
                {
                    if (Matches(food, key)) conflicts.Add(new AllergyConflict(dish.Name, food, label));
                }
            }
        }

        return conflicts;
    }

    public static IReadOnlyList<AllergyConflict> FindConflicts(MenuDay day, IEnumerable<string> allergies, FoodTable foods)
    {
        ArgumentNullException.ThrowIfNull(day);
        return FindConflicts(day.Dishes, allergies, foods);
    }

    private static bool Matches(Food food, string key)
    {
        if (string.Equals(food.Code, key, StringComparison.OrdinalIgnoreCase)) return true;
        if (NutritionNames.Key(food.Group) == key) return true;
        var tags = food.Allergens.Select(NutritionNames.Key).ToList();
        if (tags.Contains(key)) return true;
        return Aliases.TryGetValue(key, out var expanded) && expanded.Any(tags.Contains);
    }
}
