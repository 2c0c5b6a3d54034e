using Sprout.Domain.Nutrition;

namespace Sprout.Domain.Tests.Nutrition;

internal static class Builders
{
    public static Dish Dish(string name, params (string Code, double Grams)[] ingredients) =>
        new(name, ingredients.Select(i => new DishIngredient(i.Code, i.Grams)).ToList());

    public static MenuDay Day(string name, params (MealKind Kind, Dish[] Dishes)[] meals) =>
        new(name, meals.Select(m => new MenuMeal(m.Kind, m.Dishes)).ToList());

    public static Menu LoadSampleMenu()
    {
        using var reader = new StreamReader(FoodTable.OpenData("sample-menu-mau-giao.json"));
        return MenuJson.Read(reader);
    }
}
