using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sprout.Domain.Nutrition;

/// <summary>Reads and writes the menu file format described in docs/nutrition-menu-json.md.</summary>
public static class MenuJson
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Vietnamese must stay readable in the file: "Cơm tẻ", not "C\u01A1m t\u1EBB".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <exception cref="NutritionValidationException">The text is not JSON, or not a menu (Vietnamese messages).</exception>
    public static Menu Read(TextReader json)
    {
        ArgumentNullException.ThrowIfNull(json);
        MenuFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MenuFile>(json.ReadToEnd(), Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (dòng {line + 1})" : string.Empty;
            throw new NutritionValidationException($"Tệp thực đơn không phải JSON hợp lệ{where}.", ex);
        }

        if (file is null) throw new NutritionValidationException("Tệp thực đơn trống.");
        return ToMenu(file);
    }

    public static Menu Read(string json) => Read(new StringReader(json ?? string.Empty));

    public static void Write(Menu menu, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(menu);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(JsonSerializer.Serialize(FromMenu(menu), Options));
        output.WriteLine();
    }

    public static string Write(Menu menu)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(menu, writer);
        return writer.ToString();
    }

    private static Menu ToMenu(MenuFile file)
    {
        var errors = new List<string>();
        if (!NutritionNames.TryParseAgeGroup(file.AgeGroup, out var ageGroup))
            errors.Add($"Nhóm tuổi \"{file.AgeGroup}\" không hợp lệ: dùng \"nha-tre\" hoặc \"mau-giao\".");

        var foods = new List<Food>();
        foreach (var f in file.Foods ?? [])
        {
            if (string.IsNullOrWhiteSpace(f.Code) || string.IsNullOrWhiteSpace(f.Name))
            {
                errors.Add("Nguyên liệu bổ sung phải có mã và tên.");
                continue;
            }

            if (!NutritionNames.TryParseOrigin(f.Origin, out var origin))
                errors.Add($"Nguyên liệu \"{f.Name}\": nguồn gốc \"{f.Origin}\" không hợp lệ (động vật, thực vật hoặc khác).");
            foods.Add(new Food(f.Code, NutritionNames.Nfc(f.Name), origin, f.WastePct ?? 0, f.EnergyKcal, f.ProteinG, f.LipidG, f.GlucidG)
            {
                Group = NutritionNames.Nfc(f.Group ?? string.Empty),
                Allergens = (f.Allergens ?? []).Select(NutritionNames.Nfc).ToArray(),
            });
        }

        var weeks = new List<MenuWeek>();
        var weekIndex = 0;
        foreach (var w in file.Weeks ?? [])
        {
            weekIndex++;
            var number = w.Week ?? weekIndex;
            var days = new List<MenuDay>();
            foreach (var d in w.Days ?? [])
            {
                var dayName = NutritionNames.Nfc(d.Day ?? string.Empty);
                if (dayName.Length == 0) errors.Add($"Tuần {number}: có ngày chưa ghi tên (\"day\").");
                var meals = new List<MenuMeal>();
                foreach (var m in d.Meals ?? [])
                {
                    if (!NutritionNames.TryParseMeal(m.Meal, out var kind))
                    {
                        errors.Add($"{MenuValidator.DayLabel(dayName, number)}: bữa \"{m.Meal}\" không hợp lệ (sang, trua, chieu, phu).");
                        continue;
                    }

                    var dishes = new List<Dish>();
                    foreach (var dish in m.Dishes ?? [])
                    {
                        var dishName = NutritionNames.Nfc(dish.Name ?? string.Empty);
                        var ingredients = new List<DishIngredient>();
                        foreach (var i in dish.Ingredients ?? [])
                        {
                            if (string.IsNullOrWhiteSpace(i.Code))
                                errors.Add($"Món \"{dishName}\": có nguyên liệu chưa ghi mã (\"code\").");
                            else if (i.Grams is null)
                                errors.Add($"Món \"{dishName}\": nguyên liệu \"{i.Code}\" chưa ghi lượng (\"grams\").");
                            else
                                ingredients.Add(new DishIngredient(i.Code.Trim(), i.Grams.Value));
                        }

                        dishes.Add(new Dish(dishName, ingredients));
                    }

                    meals.Add(new MenuMeal(kind, dishes));
                }

                days.Add(new MenuDay(dayName, meals));
            }

            weeks.Add(new MenuWeek(number, days));
        }

        MenuValidator.ThrowIfAny(errors);
        return new Menu(NutritionNames.Nfc(file.Name ?? string.Empty), ageGroup, weeks)
        {
            MealFeeVnd = file.MealFeeVnd,
            PricesVndPerKg = file.PricesVndPerKg ?? new Dictionary<string, decimal>(),
            Foods = foods,
        };
    }

    private static MenuFile FromMenu(Menu menu) => new()
    {
        Name = menu.Name,
        AgeGroup = menu.AgeGroup.Code(),
        MealFeeVnd = menu.MealFeeVnd,
        PricesVndPerKg = menu.PricesVndPerKg.Count > 0 ? new Dictionary<string, decimal>(menu.PricesVndPerKg) : null,
        Foods = menu.Foods.Count > 0
            ? menu.Foods.Select(f => new FoodFile
            {
                Code = f.Code,
                Name = f.Name,
                Group = f.Group.Length > 0 ? f.Group : null,
                Origin = f.Origin.Name(),
                WastePct = f.WastePercent,
                EnergyKcal = f.EnergyKcal,
                ProteinG = f.ProteinG,
                LipidG = f.LipidG,
                GlucidG = f.GlucidG,
                Allergens = f.Allergens.Count > 0 ? [.. f.Allergens] : null,
            }).ToList()
            : null,
        Weeks = menu.Weeks.Select(w => new WeekFile
        {
            Week = w.Number,
            Days = w.Days.Select(d => new DayFile
            {
                Day = d.Name,
                Meals = d.Meals.Select(m => new MealFile
                {
                    Meal = m.Kind.Code(),
                    Dishes = m.Dishes.Select(x => new DishFile
                    {
                        Name = x.Name,
                        Ingredients = x.Ingredients.Select(i => new IngredientFile { Code = i.FoodCode, Grams = i.Grams }).ToList(),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    // File shapes: nullable everywhere so that a missing field becomes a Vietnamese message, not a crash.
    internal sealed class MenuFile
    {
        public string? Name { get; set; }

        public string? AgeGroup { get; set; }

        public decimal? MealFeeVnd { get; set; }

        public Dictionary<string, decimal>? PricesVndPerKg { get; set; }

        public List<FoodFile>? Foods { get; set; }

        public List<WeekFile>? Weeks { get; set; }
    }

    internal sealed class FoodFile
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Group { get; set; }

        public string? Origin { get; set; }

        public double? WastePct { get; set; }

        public double? EnergyKcal { get; set; }

        public double? ProteinG { get; set; }

        public double? LipidG { get; set; }

        public double? GlucidG { get; set; }

        public List<string>? Allergens { get; set; }
    }

    internal sealed class WeekFile
    {
        public int? Week { get; set; }

        public List<DayFile>? Days { get; set; }
    }

    internal sealed class DayFile
    {
        public string? Day { get; set; }

        public List<MealFile>? Meals { get; set; }
    }

    internal sealed class MealFile
    {
        public string? Meal { get; set; }

        public List<DishFile>? Dishes { get; set; }
    }

    internal sealed class DishFile
    {
        public string? Name { get; set; }

        public List<IngredientFile>? Ingredients { get; set; }
    }

    internal sealed class IngredientFile
    {
        public string? Code { get; set; }

        public double? Grams { get; set; }
    }
}
