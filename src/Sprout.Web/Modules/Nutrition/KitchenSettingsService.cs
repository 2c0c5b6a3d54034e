using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Domain.Nutrition;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>A norm band as typed: min and max, either of which may be unreadable (null).</summary>
public sealed record NormInput(double? Min, double? Max);

/// <summary>What the school sets for its kitchen: its own norms per age group, food prices and the daily meal fee.</summary>
public sealed class KitchenSettingsService(SproutDbContext db, IStringLocalizer<UiText> text)
{
    /// <summary>
    /// Saves the school's norms for an age group: energy in kcal then protein, lipid and glucid in percent of energy.
    /// Each band must be ordered, percentages within 0–100 and the three shares able to add up to 100 %.
    /// </summary>
    public async Task SaveNormsAsync(int schoolId, AgeGroup group, NormInput energy, NormInput protein, NormInput lipid, NormInput glucid, string? source, CancellationToken ct)
    {
        NormInput[] values = [energy, protein, lipid, glucid];
        var shares = values.Skip(1).ToList();
        if (values.Any(v => v.Min is null || v.Max is null || v.Min < 0 || v.Min > v.Max) || shares.Any(v => v.Max > 100)
            || shares.Sum(v => v.Min ?? 0) > 100 || shares.Sum(v => v.Max ?? 0) < 100)
        {
            throw new NutritionRuleException(text["Norms.Invalid"]);
        }
        var row = await db.Set<SchoolNorms>().FirstOrDefaultAsync(n => n.AgeGroup == group, ct);
        if (row is null)
        {
            row = new SchoolNorms { SchoolId = schoolId, AgeGroup = group };
            db.Add(row);
        }
        (row.EnergyMinKcal, row.EnergyMaxKcal) = (energy.Min!.Value, energy.Max!.Value);
        (row.ProteinMinPercent, row.ProteinMaxPercent) = (protein.Min!.Value, protein.Max!.Value);
        (row.LipidMinPercent, row.LipidMaxPercent) = (lipid.Min!.Value, lipid.Max!.Value);
        (row.GlucidMinPercent, row.GlucidMaxPercent) = (glucid.Min!.Value, glucid.Max!.Value);
        row.Source = string.IsNullOrWhiteSpace(source) ? row.Source : source.Trim();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Back to the national defaults for that age group.</summary>
    public async Task ResetNormsAsync(AgeGroup group, CancellationToken ct)
    {
        var row = await db.Set<SchoolNorms>().FirstOrDefaultAsync(n => n.AgeGroup == group, ct);
        if (row is not null)
        {
            db.Remove(row);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Saves the prices per kilogram typed for the foods (blank: left as it was) and the meal fee of each age group
    /// that has a rotation (blank or zero: no fee). One unreadable price and nothing is saved.
    /// </summary>
    public async Task SavePricesAsync(int schoolId, IReadOnlyList<(Food Food, string Typed)> prices, IReadOnlyDictionary<AgeGroup, string> fees, CancellationToken ct)
    {
        var bad = new List<string>();
        var wanted = new List<(Food Food, decimal Price)>();
        foreach (var (food, typed) in prices)
        {
            var digits = Digits(typed);
            if (digits.Length == 0)
            {
                continue;
            }
            if (decimal.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var price) && price > 0)
            {
                wanted.Add((food, price));
            }
            else
            {
                bad.Add(food.Name);
            }
        }
        if (bad.Count > 0)
        {
            throw new NutritionRuleException(text["Prices.Invalid", string.Join(", ", bad)]);
        }
        var stored = await db.Set<FoodPrice>().ToDictionaryAsync(p => p.FoodCode, ct);
        foreach (var (food, price) in wanted)
        {
            if (!stored.TryGetValue(food.Code, out var row))
            {
                db.Add(row = new FoodPrice { SchoolId = schoolId, FoodCode = food.Code });
            }
            row.PriceVndPerKg = price;
        }
        foreach (var rotation in await db.Set<MenuRotation>().ToListAsync(ct))
        {
            rotation.MealFeeVnd = decimal.TryParse(Digits(fees.GetValueOrDefault(rotation.AgeGroup)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fee) && fee > 0 ? fee : null;
        }
        await db.SaveChangesAsync(ct);
    }

    // The cook types 120.000 as Vietnamese write it: the dots only group thousands.
    private static string Digits(string? typed) => (typed ?? string.Empty).Replace(".", "", StringComparison.Ordinal).Trim();
}
