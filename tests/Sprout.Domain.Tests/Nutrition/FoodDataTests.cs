using System.Text;
using Sprout.Domain.Nutrition;

namespace Sprout.Domain.Tests.Nutrition;

public class FoodDataTests
{
    private static readonly string[] Groups =
        ["ngũ cốc", "thịt", "cá/thủy sản", "trứng", "sữa", "đậu/đỗ", "rau", "củ", "quả", "gia vị", "dầu mỡ", "đường"];

    private static List<string[]> IngredientRows()
    {
        using var reader = new StreamReader(FoodTable.OpenData("vn-ingredients.csv"), Encoding.UTF8);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null) rows.Add(SplitCsv(line));
        return rows;
    }

    // A separate, tiny parser so the test does not trust the code it checks.
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }

        fields.Add(sb.ToString());
        return fields.ToArray();
    }

    [Fact]
    public void Ingredient_list_has_at_least_150_unique_NFC_rows_that_all_resolve_to_USDA()
    {
        var rows = IngredientRows();
        Assert.Equal(["code", "name", "group", "origin", "ndb_no", "usda_desc", "waste_pct", "allergens"], rows[0]);
        var data = rows.Skip(1).ToList();
        Assert.True(data.Count >= 150, $"only {data.Count} ingredients");
        Assert.Equal(data.Count, data.Select(r => r[0]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var r in data)
        {
            Assert.True(r[0].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'), r[0]);
            Assert.True(r[1].IsNormalized(NormalizationForm.FormC), r[1]);
            Assert.Contains(r[2], Groups);
            Assert.Contains(r[3], new[] { "động vật", "thực vật", "khác" });
            Assert.True(FoodTable.Usda.TryGetValue(r[4], out var usda), $"{r[0]}: NDB_No {r[4]} not in SR28");
            // The description column pins the mapping: a mistyped number would name another food.
            Assert.Equal(usda.Description, r[5]);
            var waste = double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(waste, 0, 99);
        }
    }

    [Fact]
    public void Kitchen_staples_are_in_the_list()
    {
        var names = FoodTable.Default.Foods.Select(f => f.Name).ToHashSet();
        foreach (var name in new[] { "Gạo tẻ", "Gạo nếp", "Thịt lợn nạc", "Cá basa phi lê", "Cá rô phi", "Tôm sú", "Cua đồng", "Đậu phụ", "Trứng gà", "Trứng vịt", "Trứng chim cút", "Sữa chua có đường", "Rau muống", "Bắp cải", "Bí đỏ", "Cà rốt", "Su hào", "Chuối tiêu", "Dưa hấu", "Nước mắm", "Dầu ăn (dầu đậu nành)" })
            Assert.Contains(name, names);
    }

    [Fact]
    public void Default_table_carries_USDA_values_per_100_g_and_the_kitchen_waste()
    {
        var egg = FoodTable.Default.Find("trung-ga")!;
        Assert.Equal("01123", egg.NdbNo);
        Assert.Equal(143, egg.EnergyKcal);
        Assert.Equal(12.56, egg.ProteinG);
        Assert.Equal(12, egg.WastePercent);
        Assert.Equal(FoodOrigin.Animal, egg.Origin);
        Assert.Contains("trứng", egg.Allergens);
        Assert.Equal("trứng", egg.Group);
    }

    [Fact]
    public void USDA_extract_keeps_every_food_and_keeps_missing_values_missing()
    {
        Assert.Equal(8790, FoodTable.Usda.Count);
        Assert.Equal(365, FoodTable.Usda["20044"].EnergyKcal);
        Assert.Equal(89, FoodTable.Usda["09040"].EnergyKcal);
        // SR28 has no refuse figure for farmed Atlantic salmon: that must stay unknown, not 0.
        Assert.Null(FoodTable.Usda["15236"].RefusePercent);
        Assert.All(FoodTable.Usda.Values, f => Assert.NotNull(f.EnergyKcal));
    }
}
