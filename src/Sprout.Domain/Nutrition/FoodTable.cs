using System.Globalization;
using System.Reflection;
using System.Text;

namespace Sprout.Domain.Nutrition;

/// <summary>One row of the shipped USDA SR28 extract (per 100 g edible portion; null = no value).</summary>
public sealed record UsdaFood(
    string NdbNo,
    string Description,
    double? EnergyKcal,
    double? ProteinG,
    double? LipidG,
    double? CarbohydrateG)
{
    public double? WaterG { get; init; }

    public double? FiberG { get; init; }

    public double? CalciumMg { get; init; }

    public double? IronMg { get; init; }

    public double? VitaminARaeUg { get; init; }

    public double? VitaminCMg { get; init; }

    public double? RefusePercent { get; init; }
}

/// <summary>
/// The foods a menu may use, by code. <see cref="Default"/> is the shipped Vietnamese ingredient
/// list with nutrients from USDA SR28 (public domain); a school that imports figures from the
/// Vietnamese food composition table replaces foods with <see cref="With"/>.
/// </summary>
public sealed class FoodTable
{
    private const string ResourcePrefix = "Sprout.Domain.Nutrition.Data.";
    private static readonly Lazy<IReadOnlyDictionary<string, UsdaFood>> UsdaTable = new(LoadUsda);
    private static readonly Lazy<FoodTable> DefaultTable = new(LoadDefault);

    private readonly Dictionary<string, Food> _foods;

    public FoodTable(IEnumerable<Food> foods)
    {
        ArgumentNullException.ThrowIfNull(foods);
        _foods = new Dictionary<string, Food>(StringComparer.OrdinalIgnoreCase);
        foreach (var food in foods)
        {
            if (!_foods.TryAdd(food.Code, food))
                throw new NutritionValidationException([$"Mã nguyên liệu \"{food.Code}\" bị trùng."]);
        }
    }

    /// <summary>The shipped Vietnamese ingredient list (vn-ingredients.csv) joined to USDA SR28.</summary>
    public static FoodTable Default => DefaultTable.Value;

    /// <summary>The shipped USDA SR28 extract, by 5-digit NDB_No.</summary>
    public static IReadOnlyDictionary<string, UsdaFood> Usda => UsdaTable.Value;

    public IReadOnlyCollection<Food> Foods => _foods.Values;

    public int Count => _foods.Count;

    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Food? food) =>
        _foods.TryGetValue(code, out food);

    public Food? Find(string code) => _foods.GetValueOrDefault(code);

    /// <summary>A copy where the given foods replace (same code) or extend this table.</summary>
    public FoodTable With(IEnumerable<Food> foods)
    {
        ArgumentNullException.ThrowIfNull(foods);
        var merged = new Dictionary<string, Food>(_foods, StringComparer.OrdinalIgnoreCase);
        foreach (var food in foods) merged[food.Code] = food;
        return new FoodTable(merged.Values);
    }

    /// <summary>Opens a data file shipped in the assembly (e.g. "sample-menu-mau-giao.json").</summary>
    public static Stream OpenData(string fileName)
    {
        var name = ResourcePrefix + fileName;
        return typeof(FoodTable).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Không tìm thấy tệp dữ liệu \"{fileName}\".", name);
    }

    /// <summary>Reads the ingredient list format of vn-ingredients.csv against the USDA extract.</summary>
    public static FoodTable ReadIngredients(TextReader csv, IReadOnlyDictionary<string, UsdaFood> usda)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(usda);
        var foods = new List<Food>();
        var errors = new List<string>();
        using var rows = Csv.Read(csv).GetEnumerator();
        if (!rows.MoveNext()) return new FoodTable(foods);
        var col = Columns(rows.Current);
        var line = 1;
        while (rows.MoveNext())
        {
            line++;
            var r = rows.Current;
            var code = r[col["code"]];
            var name = r[col["name"]].Normalize(NormalizationForm.FormC);
            var ndb = r[col["ndb_no"]];
            if (!NutritionNames.TryParseOrigin(r[col["origin"]], out var origin))
                errors.Add($"Dòng {line}: nguồn gốc \"{r[col["origin"]]}\" không hợp lệ.");
            if (!double.TryParse(r[col["waste_pct"]], NumberStyles.Float, CultureInfo.InvariantCulture, out var waste))
                errors.Add($"Dòng {line}: tỉ lệ thải bỏ \"{r[col["waste_pct"]]}\" không hợp lệ.");
            if (!usda.TryGetValue(ndb, out var u))
            {
                errors.Add($"Dòng {line}: không có mã USDA {ndb} cho \"{name}\".");
                continue;
            }

            foods.Add(new Food(code, name, origin, waste, u.EnergyKcal, u.ProteinG, u.LipidG, u.CarbohydrateG)
            {
                Group = r[col["group"]].Normalize(NormalizationForm.FormC),
                Allergens = r[col["allergens"]]
                    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(a => a.Normalize(NormalizationForm.FormC))
                    .ToArray(),
                NdbNo = ndb,
                FiberG = u.FiberG,
                CalciumMg = u.CalciumMg,
                IronMg = u.IronMg,
                VitaminARaeUg = u.VitaminARaeUg,
                VitaminCMg = u.VitaminCMg,
            });
        }

        if (errors.Count > 0) throw new NutritionValidationException(errors);
        return new FoodTable(foods);
    }

    /// <summary>Reads the format of usda-sr28-core.csv.</summary>
    public static IReadOnlyDictionary<string, UsdaFood> ReadUsda(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var table = new Dictionary<string, UsdaFood>(StringComparer.Ordinal);
        using var rows = Csv.Read(csv).GetEnumerator();
        if (!rows.MoveNext()) return table;
        var col = Columns(rows.Current);
        while (rows.MoveNext())
        {
            var r = rows.Current;
            double? N(string column) => Number(r[col[column]]);
            var food = new UsdaFood(r[col["ndb_no"]], r[col["desc"]], N("energy_kcal"), N("protein_g"), N("lipid_g"), N("carbohydrate_g"))
            {
                WaterG = N("water_g"),
                FiberG = N("fiber_g"),
                CalciumMg = N("calcium_mg"),
                IronMg = N("iron_mg"),
                VitaminARaeUg = N("vit_a_rae_ug"),
                VitaminCMg = N("vit_c_mg"),
                RefusePercent = N("refuse_pct"),
            };
            table[food.NdbNo] = food;
        }

        return table;
    }

    private static Dictionary<string, int> Columns(string[] header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++) map[header[i].Trim()] = i;
        return map;
    }

    // An empty field is USDA's "no value": keep it null, never 0.
    private static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, UsdaFood> LoadUsda()
    {
        using var reader = new StreamReader(OpenData("usda-sr28-core.csv"), Encoding.UTF8);
        return ReadUsda(reader);
    }

    private static FoodTable LoadDefault()
    {
        using var reader = new StreamReader(OpenData("vn-ingredients.csv"), Encoding.UTF8);
        return ReadIngredients(reader, Usda);
    }
}
