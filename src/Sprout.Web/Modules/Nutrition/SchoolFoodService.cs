using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>The school's own foods, typed one at a time or imported from its copy of the food composition table.</summary>
public sealed class SchoolFoodService(SproutDbContext db, IStringLocalizer<UiText> text)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>One food typed in the form, stored through the same checks as a file of one row.</summary>
    public Task<int> SaveOneAsync(int schoolId, IReadOnlyDictionary<string, string> cells, CancellationToken ct)
    {
        // The one-food form goes through the same CSV reader as a file: quoted, so a name with a comma stays one field.
        return StoreAsync(new StringReader(FoodCompositionImport.FromForm(c => cells.GetValueOrDefault(c, string.Empty))), schoolId, ct);
    }

    public async Task<int> ImportAsync(IFormFile? file, int schoolId, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxFileBytes)
        {
            throw new NutritionRuleException(text["Foods.NoFile"]);
        }
        using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
        return await StoreAsync(reader, schoolId, ct);
    }

    /// <summary>All rows or none: a food already in the school's list is updated, never duplicated.</summary>
    private async Task<int> StoreAsync(TextReader csv, int schoolId, CancellationToken ct)
    {
        var result = FoodCompositionImport.Read(csv, schoolId);
        if (result.Errors.Count > 0)
        {
            throw new NutritionRuleException(text["Foods.Failed"], result.Errors);
        }
        var existing = await db.Set<SchoolFood>().ToDictionaryAsync(f => f.Code, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var food in result.Foods)
        {
            if (existing.TryGetValue(food.Code, out var row))
            {
                (row.Name, row.Group, row.Origin, row.WastePercent, row.EnergyKcal, row.ProteinG, row.LipidG, row.GlucidG) =
                    (food.Name, food.Group, food.Origin, food.WastePercent, food.EnergyKcal, food.ProteinG, food.LipidG, food.GlucidG);
            }
            else
            {
                db.Add(food);
            }
        }
        await db.SaveChangesAsync(ct);
        return result.Foods.Count;
    }
}
