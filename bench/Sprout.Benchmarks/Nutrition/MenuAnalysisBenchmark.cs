using BenchmarkDotNet.Attributes;
using Sprout.Domain.Nutrition;

namespace Sprout.Benchmarks.Nutrition;

/// <summary>
/// Four weeks of menus for three classes (nhà trẻ, mẫu giáo 3–4, mẫu giáo 4–5/5–6) analysed against
/// the two norm groups, validation included. Target: under 10 ms for all three.
/// </summary>
[MemoryDiagnoser]
public class MenuAnalysisBenchmark
{
    private FoodTable _foods = null!;
    private (Menu Menu, NutritionNorms Norms)[] _menus = [];

    [GlobalSetup]
    public void Setup()
    {
        _foods = FoodTable.Default;
        Menu sample;
        using (var reader = new StreamReader(FoodTable.OpenData("sample-menu-mau-giao.json")))
            sample = MenuJson.Read(reader);

        // The younger classes eat the same dishes in smaller portions; nhà trẻ also gets an afternoon main meal.
        var mauGiao34 = Scale(sample, 0.9, "Mẫu giáo 3–4 tuổi");
        var nhaTre = Scale(sample, 0.8, "Nhà trẻ") with { AgeGroup = AgeGroup.NhaTre };
        nhaTre = nhaTre with
        {
            Weeks = nhaTre.Weeks.Select(w => w with
            {
                Days = w.Days.Select(d => d with
                {
                    Meals = d.Meals.Select(m => m.Kind == MealKind.Phu ? m with { Kind = MealKind.Chieu } : m)
                        .Append(new MenuMeal(MealKind.Phu, [new Dish("Sữa tươi", [new DishIngredient("sua-tuoi", 100)])]))
                        .ToList(),
                }).ToList(),
            }).ToList(),
        };

        _menus =
        [
            (nhaTre, NutritionNorms.NhaTre),
            (mauGiao34, NutritionNorms.MauGiao),
            (sample, NutritionNorms.MauGiao),
        ];
    }

    [Benchmark]
    public int AnalyseFourWeeksForThreeClasses()
    {
        var days = 0;
        foreach (var (menu, norms) in _menus)
        {
            var analysis = new MenuAnalyzer(_foods, norms).Analyze(menu);
            days += analysis.Days.Count(d => d.MeetsNorms);
        }

        return days;
    }

    private static Menu Scale(Menu menu, double factor, string name) => menu with
    {
        Name = name,
        Weeks = menu.Weeks.Select(w => w with
        {
            Days = w.Days.Select(d => d with
            {
                Meals = d.Meals.Select(m => m with
                {
                    Dishes = m.Dishes.Select(x => x with
                    {
                        Ingredients = x.Ingredients.Select(i => i with { Grams = i.Grams * factor }).ToList(),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };
}
