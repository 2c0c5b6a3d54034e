namespace Sprout.Domain.Nutrition;

/// <summary>
/// A food as the kitchen buys it. Nutrients are per 100 g of edible portion; null means the table
/// has no value (never zero), and analysis refuses to use a food whose P/L/G or energy is null.
/// </summary>
/// <param name="Code">Stable ASCII code, e.g. "gao-te".</param>
/// <param name="Name">Vietnamese name, NFC.</param>
/// <param name="Origin">Animal or plant, for the animal/plant protein and lipid shares.</param>
/// <param name="WastePercent">Thải bỏ: inedible share of the weight as bought (0 ≤ x &lt; 100).</param>
/// <param name="EnergyKcal">Energy of the food table (kcal per 100 g edible).</param>
/// <param name="ProteinG">Protein, g per 100 g edible.</param>
/// <param name="LipidG">Lipid, g per 100 g edible.</param>
/// <param name="GlucidG">Glucid (carbohydrate by difference), g per 100 g edible.</param>
public sealed record Food(
    string Code,
    string Name,
    FoodOrigin Origin,
    double WastePercent,
    double? EnergyKcal,
    double? ProteinG,
    double? LipidG,
    double? GlucidG)
{
    /// <summary>Food group as the kitchen names it: ngũ cốc, thịt, rau, …</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>Allergen tags (sữa, trứng, cá, giáp xác, nhuyễn thể, đậu phộng, đậu nành, lúa mì, vừng, hạt cây).</summary>
    public IReadOnlyList<string> Allergens { get; init; } = [];

    /// <summary>The USDA SR28 food the nutrients come from, when they do.</summary>
    public string? NdbNo { get; init; }

    public double? FiberG { get; init; }

    public double? CalciumMg { get; init; }

    public double? IronMg { get; init; }

    public double? VitaminARaeUg { get; init; }

    public double? VitaminCMg { get; init; }

    /// <summary>Names of the required nutrients this food lacks (empty when usable).</summary>
    public IReadOnlyList<string> MissingNutrients()
    {
        var missing = new List<string>(4);
        if (EnergyKcal is null) missing.Add("năng lượng");
        if (ProteinG is null) missing.Add("protein");
        if (LipidG is null) missing.Add("lipid");
        if (GlucidG is null) missing.Add("glucid");
        return missing;
    }
}
