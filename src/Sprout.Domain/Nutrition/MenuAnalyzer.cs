namespace Sprout.Domain.Nutrition;

/// <summary>
/// Nutrients one child gets from a set of dishes. Energy is computed from the macronutrients with
/// 4/9/4 kcal per gram of protein/lipid/glucid, because the norms' P:L:G percentages are defined on
/// that basis and the shares must add up to 100 %. The food table's own energy is summed alongside
/// (<see cref="TableEnergyKcal"/>) so the report can show both.
/// Micronutrients are null when any ingredient lacks the value: a partial sum would understate it.
/// </summary>
public sealed record NutrientSummary(
    double ProteinG,
    double LipidG,
    double GlucidG,
    double TableEnergyKcal,
    double AnimalProteinG,
    double PlantProteinG,
    double AnimalLipidG,
    double PlantLipidG)
{
    public const double KcalPerGramProtein = 4;
    public const double KcalPerGramLipid = 9;
    public const double KcalPerGramGlucid = 4;

    /// <summary>The empty sum: micronutrients start at 0 (known), and become null once a food lacks them.</summary>
    public static NutrientSummary Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0)
    {
        FiberG = 0,
        CalciumMg = 0,
        IronMg = 0,
        VitaminARaeUg = 0,
        VitaminCMg = 0,
    };

    public double? FiberG { get; init; }

    public double? CalciumMg { get; init; }

    public double? IronMg { get; init; }

    public double? VitaminARaeUg { get; init; }

    public double? VitaminCMg { get; init; }

    /// <summary>Energy from the macronutrients (4/9/4).</summary>
    public double EnergyKcal => KcalPerGramProtein * ProteinG + KcalPerGramLipid * LipidG + KcalPerGramGlucid * GlucidG;

    public double ProteinPercent => Share(KcalPerGramProtein * ProteinG, EnergyKcal);

    public double LipidPercent => Share(KcalPerGramLipid * LipidG, EnergyKcal);

    public double GlucidPercent => Share(KcalPerGramGlucid * GlucidG, EnergyKcal);

    /// <summary>Animal protein as % of all protein (null when there is no protein).</summary>
    public double? AnimalProteinPercent => ProteinG > 0 ? 100 * AnimalProteinG / ProteinG : null;

    /// <summary>Animal lipid as % of all lipid (null when there is no lipid).</summary>
    public double? AnimalLipidPercent => LipidG > 0 ? 100 * AnimalLipidG / LipidG : null;

    public static NutrientSummary operator +(NutrientSummary a, NutrientSummary b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Add(a, b);
    }

    public static NutrientSummary Add(NutrientSummary a, NutrientSummary b) =>
        new(a.ProteinG + b.ProteinG, a.LipidG + b.LipidG, a.GlucidG + b.GlucidG, a.TableEnergyKcal + b.TableEnergyKcal,
            a.AnimalProteinG + b.AnimalProteinG, a.PlantProteinG + b.PlantProteinG, a.AnimalLipidG + b.AnimalLipidG, a.PlantLipidG + b.PlantLipidG)
        {
            FiberG = a.FiberG + b.FiberG,
            CalciumMg = a.CalciumMg + b.CalciumMg,
            IronMg = a.IronMg + b.IronMg,
            VitaminARaeUg = a.VitaminARaeUg + b.VitaminARaeUg,
            VitaminCMg = a.VitaminCMg + b.VitaminCMg,
        };

    /// <summary>Every quantity multiplied by <paramref name="factor"/> (used for averages).</summary>
    public NutrientSummary Scale(double factor) =>
        new(ProteinG * factor, LipidG * factor, GlucidG * factor, TableEnergyKcal * factor,
            AnimalProteinG * factor, PlantProteinG * factor, AnimalLipidG * factor, PlantLipidG * factor)
        {
            FiberG = FiberG * factor,
            CalciumMg = CalciumMg * factor,
            IronMg = IronMg * factor,
            VitaminARaeUg = VitaminARaeUg * factor,
            VitaminCMg = VitaminCMg * factor,
        };

    /// <summary>What <paramref name="rawGrams"/> (as bought) of <paramref name="food"/> gives; the food must be complete.</summary>
    public static NutrientSummary Of(Food food, double rawGrams)
    {
        ArgumentNullException.ThrowIfNull(food);
        if (food.MissingNutrients().Count > 0) MenuValidator.ThrowIfAny(MenuValidator.ValidateFood(food));
        var f = EdibleGrams(food, rawGrams) / 100;
        var protein = food.ProteinG!.Value * f;
        var lipid = food.LipidG!.Value * f;
        return new NutrientSummary(
            protein,
            lipid,
            food.GlucidG!.Value * f,
            food.EnergyKcal!.Value * f,
            food.Origin == FoodOrigin.Animal ? protein : 0,
            food.Origin == FoodOrigin.Plant ? protein : 0,
            food.Origin == FoodOrigin.Animal ? lipid : 0,
            food.Origin == FoodOrigin.Plant ? lipid : 0)
        {
            FiberG = food.FiberG * f,
            CalciumMg = food.CalciumMg * f,
            IronMg = food.IronMg * f,
            VitaminARaeUg = food.VitaminARaeUg * f,
            VitaminCMg = food.VitaminCMg * f,
        };
    }

    /// <summary>Edible grams = raw grams as bought × (1 − waste %).</summary>
    public static double EdibleGrams(Food food, double rawGrams)
    {
        ArgumentNullException.ThrowIfNull(food);
        return rawGrams * (1 - food.WastePercent / 100);
    }

    private static double Share(double part, double total) => total > 0 ? 100 * part / total : 0;
}

/// <summary>One meal of a day: its nutrients, its share of the daily need and its energy band, if the norm has one.</summary>
public sealed record MealAnalysis(MealKind Kind, NutrientSummary Totals, double SharePercentOfDailyNeed, Band? EnergyBandKcal)
{
    public BandCheck? Energy => EnergyBandKcal?.Check(Totals.EnergyKcal);
}

/// <summary>One day per child compared with the norms.</summary>
public sealed record DayAnalysis(int Week, string Day, NutritionNorms Norms, NutrientSummary Totals, IReadOnlyList<MealAnalysis> Meals)
{
    public BandCheck Energy => Norms.EnergyAtSchoolKcal.Check(Totals.EnergyKcal);

    public BandCheck Protein => Norms.ProteinPercent.Check(Totals.ProteinPercent);

    public BandCheck Lipid => Norms.LipidPercent.Check(Totals.LipidPercent);

    public BandCheck Glucid => Norms.GlucidPercent.Check(Totals.GlucidPercent);

    /// <summary>Đánh giá lượng: the energy at school is within its band.</summary>
    public bool QuantityOk => Energy.IsWithin;

    /// <summary>Đánh giá chất: protein, lipid and glucid shares are all within their bands.</summary>
    public bool QualityOk => Protein.IsWithin && Lipid.IsWithin && Glucid.IsWithin;

    public string QuantityVerdict => QuantityOk ? "Đạt" : "Chưa đạt";

    public string QualityVerdict => QualityOk ? "Đạt" : "Chưa đạt";

    public bool MeetsNorms => QuantityOk && QualityOk;
}

/// <summary>All days of a menu, each week's average day and the whole menu's (schools also judge a week by its average day).</summary>
public sealed record MenuAnalysis(Menu Menu, IReadOnlyList<DayAnalysis> Days, IReadOnlyList<DayAnalysis> WeekAverages, DayAnalysis Average);

/// <summary>Analyses menus per child against one set of norms.</summary>
public sealed class MenuAnalyzer
{
    public MenuAnalyzer(FoodTable foods, NutritionNorms norms)
    {
        Foods = foods ?? throw new ArgumentNullException(nameof(foods));
        Norms = norms ?? throw new ArgumentNullException(nameof(norms));
    }

    public FoodTable Foods { get; }

    public NutritionNorms Norms { get; }

    /// <summary>Analyses <paramref name="menu"/> with the shipped foods (plus the menu's own) and its age group's default norms.</summary>
    public static MenuAnalysis AnalyzeMenu(Menu menu, FoodTable? foods = null, NutritionNorms? norms = null)
    {
        ArgumentNullException.ThrowIfNull(menu);
        var table = foods ?? FoodTable.Default;
        if (menu.Foods.Count > 0) table = table.With(menu.Foods);
        return new MenuAnalyzer(table, norms ?? NutritionNorms.For(menu.AgeGroup)).Analyze(menu);
    }

    public MenuAnalysis Analyze(Menu menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        MenuValidator.ThrowIfAny(MenuValidator.Validate(menu, Foods));
        var days = menu.Days.Select(d => AnalyzeValidDay(d.Day, d.Week)).ToList();
        var weeks = days.GroupBy(d => d.Week)
            .Select(w => AverageOf(w.ToList(), w.Key, $"Trung bình tuần {w.Key}"))
            .ToList();
        return new MenuAnalysis(menu, days, weeks, AverageOf(days, 0, "Trung bình"));
    }

    /// <summary>Per child: energy, P/L/G and their shares, animal/plant protein, each checked against the norms.</summary>
    /// <exception cref="NutritionValidationException">The day has no meals, a dish no ingredients, an unknown food, a quantity ≤ 0 or a food without data.</exception>
    public DayAnalysis AnalyzeDay(MenuDay day, int week = 0)
    {
        MenuValidator.ThrowIfAny(MenuValidator.ValidateDay(day, Foods, week));
        return AnalyzeValidDay(day, week);
    }

    /// <summary>Nutrients of one dish per child.</summary>
    public NutrientSummary AnalyzeDish(Dish dish)
    {
        MenuValidator.ThrowIfAny(MenuValidator.ValidateDish(dish, Foods));
        return Sum(dish);
    }

    private DayAnalysis AnalyzeValidDay(MenuDay day, int week)
    {
        var meals = new List<MealAnalysis>(day.Meals.Count);
        var total = NutrientSummary.Zero;
        // A menu may list the same meal twice (e.g. two "Phụ" entries): merge them so each meal is judged once.
        foreach (var group in day.Meals.GroupBy(m => m.Kind).OrderBy(g => g.Key))
        {
            var mealTotal = NutrientSummary.Zero;
            foreach (var dish in group.SelectMany(m => m.Dishes)) mealTotal = NutrientSummary.Add(mealTotal, Sum(dish));
            meals.Add(new MealAnalysis(group.Key, mealTotal, 100 * mealTotal.EnergyKcal / Norms.DailyNeedKcal.Mid, Norms.MealEnergyKcal(group.Key)));
            total = NutrientSummary.Add(total, mealTotal);
        }

        return new DayAnalysis(week, day.Name, Norms, total, meals);
    }

    private DayAnalysis AverageOf(List<DayAnalysis> days, int week, string label)
    {
        var sum = days.Aggregate(NutrientSummary.Zero, (acc, d) => NutrientSummary.Add(acc, d.Totals));
        return new DayAnalysis(week, label, Norms, sum.Scale(1.0 / days.Count), []);
    }

    private NutrientSummary Sum(Dish dish)
    {
        var total = NutrientSummary.Zero;
        foreach (var ingredient in dish.Ingredients)
            total = NutrientSummary.Add(total, NutrientSummary.Of(Foods.Find(ingredient.FoodCode)!, ingredient.Grams));
        return total;
    }
}
