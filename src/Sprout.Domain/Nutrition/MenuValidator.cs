using System.Globalization;

namespace Sprout.Domain.Nutrition;

/// <summary>Checks a menu before any figure is computed; every message is Vietnamese and names the place.</summary>
public static class MenuValidator
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<string> Validate(Menu menu, FoodTable foods)
    {
        ArgumentNullException.ThrowIfNull(menu);
        ArgumentNullException.ThrowIfNull(foods);
        var errors = new List<string>();
        if (!menu.Weeks.Any(w => w.Days.Count > 0)) errors.Add($"Thực đơn \"{menu.Name}\" chưa có ngày nào.");
        foreach (var week in menu.Weeks)
        {
            foreach (var day in week.Days) errors.AddRange(ValidateDay(day, foods, week.Number));
        }

        return Distinct(errors);
    }

    public static IReadOnlyList<string> ValidateDay(MenuDay day, FoodTable foods, int week = 0)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(foods);
        var errors = new List<string>();
        var label = DayLabel(day.Name, week);
        if (day.Meals.Count == 0) errors.Add($"{label} chưa có bữa ăn nào.");
        foreach (var meal in day.Meals)
        {
            if (meal.Dishes.Count == 0)
                errors.Add($"{label}: bữa {meal.Kind.Name().ToLower(Vi)} chưa có món nào.");
            foreach (var dish in meal.Dishes) errors.AddRange(ValidateDish(dish, foods));
        }

        return Distinct(errors);
    }

    public static IReadOnlyList<string> ValidateDish(Dish dish, FoodTable foods)
    {
        ArgumentNullException.ThrowIfNull(dish);
        ArgumentNullException.ThrowIfNull(foods);
        var errors = new List<string>();
        var name = string.IsNullOrWhiteSpace(dish.Name) ? "(chưa đặt tên)" : dish.Name;
        if (string.IsNullOrWhiteSpace(dish.Name)) errors.Add("Có món chưa đặt tên.");
        if (dish.Ingredients.Count == 0)
        {
            errors.Add($"Món \"{name}\" chưa có nguyên liệu.");
            return errors;
        }

        foreach (var ingredient in dish.Ingredients)
        {
            if (!foods.TryGet(ingredient.FoodCode, out var food))
            {
                errors.Add($"Món \"{name}\": không tìm thấy nguyên liệu mã \"{ingredient.FoodCode}\" trong bảng thực phẩm.");
                continue;
            }

            if (!(ingredient.Grams > 0) || double.IsInfinity(ingredient.Grams))
            {
                errors.Add($"Món \"{name}\": lượng {food.Name} phải lớn hơn 0 g (đang là {ingredient.Grams.ToString("0.##", Vi)} g).");
            }

            errors.AddRange(ValidateFood(food));
        }

        return errors;
    }

    public static IReadOnlyList<string> ValidateFood(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var errors = new List<string>();
        var missing = food.MissingNutrients();
        if (missing.Count > 0)
            errors.Add($"Nguyên liệu \"{food.Name}\" (mã {food.Code}) chưa có số liệu {string.Join(", ", missing)}.");
        if (!(food.WastePercent >= 0 && food.WastePercent < 100))
            errors.Add($"Nguyên liệu \"{food.Name}\" (mã {food.Code}) có tỉ lệ thải bỏ không hợp lệ ({food.WastePercent.ToString("0.##", Vi)} %).");
        return errors;
    }

    internal static string DayLabel(string day, int week) =>
        week > 0 ? $"Ngày {day} (tuần {week})" : $"Ngày {day}";

    internal static void ThrowIfAny(IReadOnlyList<string> errors)
    {
        if (errors.Count > 0) throw new NutritionValidationException(errors);
    }

    private static List<string> Distinct(List<string> errors) => errors.Distinct(StringComparer.Ordinal).ToList();
}
