using System.Text.Json;
using Sprout.Domain.Nutrition;

namespace Sprout.Domain.Tests.Nutrition;

public class MenuJsonTests
{
    private const string SmallMenu = """
        {
          "name": "Thực đơn thử",
          "ageGroup": "mau-giao",
          "mealFeeVnd": 30000,
          "pricesVndPerKg": { "gao-te": 18000, "thit-lon-nac": 140000 },
          "weeks": [
            {
              "week": 1,
              "days": [
                {
                  "day": "Thứ Hai",
                  "meals": [
                    {
                      "meal": "trua",
                      "dishes": [
                        { "name": "Cơm thịt", "ingredients": [ { "code": "gao-te", "grams": 60 }, { "code": "thit-lon-nac", "grams": 30 } ] }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Menu_file_round_trips()
    {
        var menu = MenuJson.Read(SmallMenu);
        Assert.Equal("Thực đơn thử", menu.Name);
        Assert.Equal(AgeGroup.MauGiao, menu.AgeGroup);
        Assert.Equal(30000m, menu.MealFeeVnd);
        var dish = menu.Weeks[0].Days[0].Meals[0].Dishes[0];
        Assert.Equal(new DishIngredient("thit-lon-nac", 30), dish.Ingredients[1]);

        var written = MenuJson.Write(menu);
        Assert.Contains("\"Cơm thịt\"", written, StringComparison.Ordinal); // not escaped
        var again = MenuJson.Read(written);
        Assert.Equal(MenuJson.Write(again), written);
        Assert.Equal(menu.Weeks[0].Days[0].Meals[0].Kind, again.Weeks[0].Days[0].Meals[0].Kind);
        Assert.Equal(dish.Ingredients, again.Weeks[0].Days[0].Meals[0].Dishes[0].Ingredients);
    }

    [Fact]
    public void Vietnamese_labels_are_accepted_for_age_group_and_meal()
    {
        var menu = MenuJson.Read(SmallMenu.Replace("\"mau-giao\"", "\"Nhà trẻ\"").Replace("\"trua\"", "\"Trưa\""));
        Assert.Equal(AgeGroup.NhaTre, menu.AgeGroup);
        Assert.Equal(MealKind.Trua, menu.Weeks[0].Days[0].Meals[0].Kind);
    }

    [Fact]
    public void Bad_files_give_Vietnamese_messages()
    {
        var notJson = Assert.Throws<NutritionValidationException>(() => MenuJson.Read("{ \"name\": "));
        Assert.StartsWith("Tệp thực đơn không phải JSON hợp lệ", notJson.Errors[0], StringComparison.Ordinal);

        var badGroup = Assert.Throws<NutritionValidationException>(() => MenuJson.Read(SmallMenu.Replace("\"mau-giao\"", "\"tieu-hoc\"")));
        Assert.Equal("Nhóm tuổi \"tieu-hoc\" không hợp lệ: dùng \"nha-tre\" hoặc \"mau-giao\".", Assert.Single(badGroup.Errors));

        var badMeal = Assert.Throws<NutritionValidationException>(() => MenuJson.Read(SmallMenu.Replace("\"trua\"", "\"toi\"")));
        Assert.Equal("Ngày Thứ Hai (tuần 1): bữa \"toi\" không hợp lệ (sang, trua, chieu, phu).", Assert.Single(badMeal.Errors));

        var noGrams = Assert.Throws<NutritionValidationException>(() => MenuJson.Read(SmallMenu.Replace(", \"grams\": 30", "")));
        Assert.Equal("Món \"Cơm thịt\": nguyên liệu \"thit-lon-nac\" chưa ghi lượng (\"grams\").", Assert.Single(noGrams.Errors));
    }

    [Fact]
    public void Cli_writes_the_analysis_as_unescaped_invariant_JSON()
    {
        var output = new StringWriter();
        var code = NutritionCli.Analyze(new StringReader(SmallMenu), output);
        Assert.Equal(NutritionCli.Ok, code);
        var text = output.ToString();
        Assert.Contains("\"Thứ Hai\"", text, StringComparison.Ordinal);
        Assert.Contains("Thiếu 365,4 kcal", text, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(text);
        var day = doc.RootElement.GetProperty("days")[0];
        Assert.Equal(249.6, day.GetProperty("energyKcal").GetDouble());
        Assert.Equal(257.6, day.GetProperty("tableEnergyKcal").GetDouble());
        Assert.Equal(10.38, day.GetProperty("proteinG").GetDouble());
        Assert.Equal(16.6, day.GetProperty("proteinPercent").GetDouble());
        Assert.Equal("thieu", day.GetProperty("checks").GetProperty("energy").GetProperty("status").GetString());
        Assert.Equal(365.4, day.GetProperty("checks").GetProperty("energy").GetProperty("deviation").GetDouble());
        Assert.Equal("Chưa đạt", day.GetProperty("danhGiaLuong").GetString());
        Assert.Equal("Chưa đạt", day.GetProperty("danhGiaChat").GetString());
        // 60 g × 18 đ/g + 30 g × 140 đ/g = 1 080 + 4 200 = 5 280 đ; fee 30 000 leaves 24 720 đ.
        Assert.Equal(5280m, day.GetProperty("costPerChildVnd").GetDecimal());
        Assert.Equal(24720m, day.GetProperty("balanceVnd").GetDecimal());
        Assert.Equal("trua", day.GetProperty("meals")[0].GetProperty("meal").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("daysMeetingNorms").GetInt32());
    }

    [Fact]
    public void Cli_reports_invalid_input_line_by_line()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NutritionCli.Analyze(new StringReader(SmallMenu.Replace("\"grams\": 60", "\"grams\": 0")), output, error);
        Assert.Equal(NutritionCli.InvalidInput, code);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("Món \"Cơm thịt\": lượng Gạo tẻ phải lớn hơn 0 g (đang là 0 g)." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Menu_may_bring_school_foods_from_the_Vietnamese_table()
    {
        var json = SmallMenu
            .Replace("\"weeks\"", "\"foods\": [ { \"code\": \"gao-te\", \"name\": \"Gạo tẻ máy\", \"origin\": \"thực vật\", \"wastePct\": 1, \"energyKcal\": 344, \"proteinG\": 7.9, \"lipidG\": 1, \"glucidG\": 76.2 } ],\n  \"weeks\"")
            .Replace("\"pricesVndPerKg\": { \"gao-te\": 18000, \"thit-lon-nac\": 140000 },", "");
        var analysis = MenuAnalyzer.AnalyzeMenu(MenuJson.Read(json));
        // 59.4 g edible × 7.9 g/100 g from the school's figure, plus 6.144 g from the pork.
        Assert.Equal(0.594 * 7.9 + 6.144, analysis.Days[0].Totals.ProteinG, 9);
    }
}
