using System.Globalization;
using Sprout.Domain.Nutrition;
using Sprout.Domain.Tabular;
using Sprout.Domain.Text;

namespace Sprout.Web.Modules.Nutrition;

public sealed record FoodImportResult(IReadOnlyList<SchoolFood> Foods, IReadOnlyList<string> Errors);

/// <summary>
/// Reads the food composition CSV (per 100 g edible portion): header
/// <c>code,name,group,origin,waste_pct,energy_kcal,protein_g,lipid_g,glucid_g</c>. Any bad cell is reported by
/// row and column, and then nothing is imported.
/// </summary>
public static class FoodCompositionImport
{
    public static readonly string[] Columns = ["code", "name", "group", "origin", "waste_pct", "energy_kcal", "protein_g", "lipid_g", "glucid_g"];

    public static FoodImportResult Read(TextReader csv, int schoolId)
    {
        var errors = new List<string>();
        List<TableRow> rows;
        try
        {
            rows = CsvRows.Read(csv, TabularLimits.Import).ToList();
        }
        catch (TabularLimitException ex)
        {
            return new FoodImportResult([], [ex.Message]);
        }
        var header = rows.Count > 0 ? rows[0].Cells.Select(h => ((string?)h ?? string.Empty).Trim().ToLowerInvariant()).ToArray() : [];
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new FoodImportResult([], [$"Thiếu cột: {string.Join(", ", missing)}. Dòng đầu phải là: {string.Join(',', Columns)}."]);
        }
        int Col(string name) => Array.IndexOf(header, name);
        var foods = new List<SchoolFood>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in rows.Skip(1))
        {
            var row = line.Number;
            if (line.IsBlank)
            {
                continue;
            }
            string Cell(string name) => PersonName.Clean((string?)line[Col(name)]);
            double Number(string name, double max)
            {
                if (!double.TryParse(Cell(name).Replace(' ', '\0').Trim('\0'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || v > max)
                {
                    errors.Add($"Dòng {row}, cột {name}: \"{Cell(name)}\" phải là số từ 0 đến {max.ToString(CultureInfo.InvariantCulture)}.");
                    return 0;
                }
                return v;
            }
            var code = Cell("code");
            if (code.Length == 0)
            {
                errors.Add($"Dòng {row}, cột code: thiếu mã thực phẩm.");
            }
            else if (!codes.Add(code))
            {
                errors.Add($"Dòng {row}, cột code: mã \"{code}\" trùng với một dòng trước.");
            }
            if (Cell("name").Length == 0)
            {
                errors.Add($"Dòng {row}, cột name: thiếu tên thực phẩm.");
            }
            if (!NutritionNames.TryParseOrigin(Cell("origin"), out var origin))
            {
                errors.Add($"Dòng {row}, cột origin: \"{Cell("origin")}\" phải là động vật, thực vật hoặc khác.");
            }
            var food = new SchoolFood
            {
                SchoolId = schoolId, Code = code, Name = Cell("name"), Group = Cell("group"), Origin = origin,
                WastePercent = Number("waste_pct", 99), EnergyKcal = Number("energy_kcal", 900),
                ProteinG = Number("protein_g", 100), LipidG = Number("lipid_g", 100), GlucidG = Number("glucid_g", 100),
            };
            if (food.ProteinG + food.LipidG + food.GlucidG > 100)
            {
                errors.Add($"Dòng {row}: protein, lipid và glucid cộng lại quá 100 g trên 100 g thực phẩm.");
            }
            foods.Add(food);
        }
        if (foods.Count == 0 && errors.Count == 0)
        {
            errors.Add("Tệp không có dòng dữ liệu nào.");
        }
        return new FoodImportResult(errors.Count == 0 ? foods : [], errors);
    }

    /// <summary>
    /// The one-food form as a CSV of two rows, through the same reader as an uploaded file. A decimal comma
    /// (3,5) becomes a point in the number columns; text keeps its commas, quoted.
    /// </summary>
    public static string FromForm(Func<string, string> value)
    {
        string Field(string column)
        {
            var text = value(column);
            if (Array.IndexOf(Columns, column) >= Array.IndexOf(Columns, "waste_pct"))
            {
                text = text.Replace(',', '.');
            }
            return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
        return string.Join(',', Columns) + "\n" + string.Join(',', Columns.Select(Field)) + "\n";
    }
}
