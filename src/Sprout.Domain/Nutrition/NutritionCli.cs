namespace Sprout.Domain.Nutrition;

/// <summary>
/// Everything behind <c>sprout nutrition analyze --menu menu.json</c>, without the console: the CLI
/// passes the file and stdout/stderr and returns the exit code.
/// </summary>
public static class NutritionCli
{
    public const int Ok = 0;
    public const int InvalidInput = 1;

    /// <summary>
    /// Reads a menu (docs/nutrition-menu-json.md), analyses every day against the default norms of
    /// its age group and writes the analysis JSON to <paramref name="output"/>. When the menu gives
    /// prices, each day also gets its cost per child (and the balance against <c>mealFeeVnd</c>).
    /// On invalid input writes one Vietnamese message per line to <paramref name="error"/>
    /// (or <paramref name="output"/>) and returns <see cref="InvalidInput"/>.
    /// </summary>
    public static int Analyze(TextReader menuJson, TextWriter output, TextWriter? error = null, FoodTable? foods = null, NutritionNorms? norms = null)
    {
        ArgumentNullException.ThrowIfNull(menuJson);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var menu = MenuJson.Read(menuJson);
            var table = foods ?? FoodTable.Default;
            if (menu.Foods.Count > 0) table = table.With(menu.Foods);
            var analysis = MenuAnalyzer.AnalyzeMenu(menu, table, norms);
            Dictionary<(int Week, string Day), DayCost>? costs = null;
            if (menu.PricesVndPerKg.Count > 0)
            {
                costs = [];
                var errors = new List<string>();
                foreach (var (week, day) in menu.Days)
                {
                    try
                    {
                        costs[(week, day.Name)] = DayCost.For(day, table, menu.PricesVndPerKg, menu.MealFeeVnd);
                    }
                    catch (NutritionValidationException ex)
                    {
                        errors.AddRange(ex.Errors);
                    }
                }

                MenuValidator.ThrowIfAny(errors.Distinct(StringComparer.Ordinal).ToList());
            }

            MenuAnalysisJson.Write(analysis, output, costs);
            return Ok;
        }
        catch (NutritionValidationException ex)
        {
            var target = error ?? output;
            foreach (var message in ex.Errors) target.WriteLine(message);
            return InvalidInput;
        }
    }
}
