using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Nutrition;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Nutrition;

/// <summary>
/// The kitchen's forms write through the Nutrition services: a save shows on the page and in the database, a refusal
/// answers 422 with its message and keeps what the cook typed, in the form that was posted only.
/// </summary>
[Collection(AppCollection.Name)]
public class KitchenFormTests(SproutAppFactory app)
{
    private async Task<HttpClient> CookAsync()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        return cook;
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string url, string form, Dictionary<string, string> fields)
    {
        var response = await FormPoster.PostFormAsync(client, url, form, fields);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_food_check_is_written_by_the_service_and_a_refused_one_keeps_the_typing_of_its_step()
    {
        var cook = await CookAsync();
        const string url = "/an-toan-thuc-pham?ngay=2026-10-06";

        var (status, html) = await PostAsync(cook, url, "check-2", new() { ["quantity"] = "5 kg", ["notes"] = "Thiếu tên thử" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Vui lòng ghi tên thực phẩm hoặc món được kiểm tra.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"qty-2\" name=\"quantity\" value=\"5 kg\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"qty-1\" name=\"quantity\" value=\"5 kg\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<FoodCheck>().AnyAsync(c => c.Notes == "Thiếu tên thử")));

        (status, html) = await PostAsync(cook, url, "check-2", new() { ["item"] = "Rau cải thử", ["quantity"] = "5 kg", ["passed"] = "true" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Rau cải thử (5 kg) – <strong>Đạt</strong>", html, StringComparison.Ordinal);
        var check = await app.WithDbAsync(db => db.Set<FoodCheck>().SingleAsync(c => c.Item == "Rau cải thử"));
        Assert.Equal((new DateOnly(2026, 10, 6), CheckStep.BeforeCooking, true), (check.Date, check.Step, check.Passed));
        Assert.NotEmpty(check.CheckedBy);
    }

    [Fact]
    public async Task A_too_small_sample_and_a_supplier_without_a_name_answer_422_with_the_typing_kept()
    {
        var cook = await CookAsync();
        const string url = "/an-toan-thuc-pham?ngay=2026-10-07";

        var (status, html) = await PostAsync(cook, url, "sample", new() { ["dish"] = "Cháo thử mẫu", ["amount"] = "90" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("lượng mẫu từ 100 g trở lên", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cháo thử mẫu\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"90\"", html, StringComparison.Ordinal);

        (status, _) = await PostAsync(cook, url, "sample", new() { ["dish"] = "Cháo thử mẫu", ["amount"] = "110" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(110, await app.WithDbAsync(db => db.Set<FoodSample>().Where(s => s.Dish == "Cháo thử mẫu").Select(s => s.Amount).SingleAsync()));

        (status, html) = await PostAsync(cook, url, "supplier", new() { ["products"] = "Rau sạch thử" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Vui lòng nhập tên nhà cung cấp.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sprod\" name=\"products\" value=\"Rau sạch thử\"", html, StringComparison.Ordinal);

        (status, _) = await PostAsync(cook, url, "supplier", new() { ["name"] = "HTX Rau sạch thử", ["products"] = "Rau sạch thử", ["certificate"] = "12/ATTP", ["expires"] = "2027-12-31" });
        Assert.Equal(HttpStatusCode.OK, status);
        var supplier = await app.WithDbAsync(db => db.Set<Supplier>().SingleAsync(s => s.Name == "HTX Rau sạch thử"));
        Assert.Equal(("12/ATTP", new DateOnly(2027, 12, 31)), (supplier.CertificateNumber, supplier.CertificateExpiresOn!.Value));
    }

    [Fact]
    public async Task A_food_typed_in_the_form_is_saved_and_a_bad_one_keeps_every_field()
    {
        var cook = await CookAsync();
        var fields = new Dictionary<string, string>
        {
            ["code"] = "thu-ca-ro", ["name"] = "Cá rô thử", ["group"] = "cá", ["origin"] = "động vật", ["waste_pct"] = "40",
            ["energy_kcal"] = "nhiều", ["protein_g"] = "19,1", ["lipid_g"] = "1.5", ["glucid_g"] = "0",
        };
        var (status, html) = await PostAsync(cook, "/thuc-don/thuc-pham", "food", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Chưa nhập được: tệp có lỗi", html, StringComparison.Ordinal);
        Assert.Contains("energy_kcal", html, StringComparison.Ordinal);
        Assert.Contains("id=\"food-name\" name=\"name\" value=\"Cá rô thử\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"food-energy_kcal\" name=\"energy_kcal\" value=\"nhiều\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolFood>().AnyAsync(f => f.Code == "thu-ca-ro")));

        fields["energy_kcal"] = "91";
        (status, html) = await PostAsync(cook, "/thuc-don/thuc-pham", "food", fields);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đã lưu 1 thực phẩm.", html, StringComparison.Ordinal);
        var food = await app.WithDbAsync(db => db.Set<SchoolFood>().SingleAsync(f => f.Code == "thu-ca-ro"));
        Assert.Equal((91d, 19.1, 40d), (food.EnergyKcal, food.ProteinG, food.WastePercent));
    }

    [Fact]
    public async Task Invalid_norms_answer_422_keeping_the_figures_typed_for_that_age_group_only()
    {
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var school = await app.DemoSchoolIdAsync();
        var (status, html) = await PostAsync(nurse, "/thuc-don/chuan", "norms-nha-tre", new()
        {
            ["action"] = "save", ["energy-min"] = "777", ["energy-max"] = "600", ["protein-min"] = "13", ["protein-max"] = "20",
            ["lipid-min"] = "30", ["lipid-max"] = "40", ["glucid-min"] = "47", ["glucid-max"] = "50", ["source"] = "Thử nhập sai",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Số liệu chưa hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("id=\"nha-tre-energy-min\" name=\"energy-min\" value=\"777\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"nha-tre-source\" name=\"source\" value=\"Thử nhập sai\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"mau-giao-energy-min\" name=\"energy-min\" value=\"777\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolNorms>().AnyAsync(n => n.SchoolId == school && n.AgeGroup == AgeGroup.NhaTre)));

        (status, _) = await PostAsync(nurse, "/thuc-don/chuan", "norms-nha-tre", new()
        {
            ["action"] = "save", ["energy-min"] = "600", ["energy-max"] = "700", ["protein-min"] = "13", ["protein-max"] = "20",
            ["lipid-min"] = "30", ["lipid-max"] = "40", ["glucid-min"] = "47", ["glucid-max"] = "57", ["source"] = "Thử nhập đúng",
        });
        Assert.Equal(HttpStatusCode.OK, status);
        var norms = await app.WithDbAsync(db => db.Set<SchoolNorms>().SingleAsync(n => n.SchoolId == school && n.AgeGroup == AgeGroup.NhaTre));
        Assert.Equal((600d, 700d, "Thử nhập đúng"), (norms.EnergyMinKcal, norms.EnergyMaxKcal, norms.Source));

        (status, html) = await PostAsync(nurse, "/thuc-don/chuan", "norms-nha-tre", new() { ["action"] = "reset" });
        Assert.Contains("Đã khôi phục chuẩn mặc định cho Nhà trẻ.", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolNorms>().AnyAsync(n => n.SchoolId == school && n.AgeGroup == AgeGroup.NhaTre)));
    }

    [Fact]
    public async Task A_bad_price_saves_nothing_and_keeps_the_typed_prices()
    {
        var cook = await CookAsync();
        var school = await app.DemoSchoolIdAsync();
        var codes = await app.WithDbAsync(db => db.Set<SchoolDishIngredient>().Where(i => i.SchoolId == school).Select(i => i.FoodCode).Distinct().OrderBy(c => c).Take(2).ToListAsync());
        var fees = await app.WithDbAsync(db => db.Set<MenuRotation>().Where(r => r.SchoolId == school).ToDictionaryAsync(r => r.AgeGroup, r => r.MealFeeVnd));
        var fields = fees.ToDictionary(f => $"fee-{f.Key.Code()}", f => f.Value?.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        fields[$"p-{codes[0]}"] = "61.000";
        fields[$"p-{codes[1]}"] = "đắt";

        var (status, html) = await PostAsync(cook, "/thuc-don/gia", "prices", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Giá không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"p-{codes[1]}\" name=\"p-{codes[1]}\" value=\"đắt\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"p-{codes[0]}\" name=\"p-{codes[0]}\" value=\"61.000\"", html, StringComparison.Ordinal);
        Assert.NotEqual(61000m, await app.WithDbAsync(db => db.Set<FoodPrice>().Where(p => p.SchoolId == school && p.FoodCode == codes[0]).Select(p => (decimal?)p.PriceVndPerKg).FirstOrDefaultAsync()));

        fields.Remove($"p-{codes[1]}");
        (status, _) = await PostAsync(cook, "/thuc-don/gia", "prices", fields);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(61000m, await app.WithDbAsync(db => db.Set<FoodPrice>().Where(p => p.SchoolId == school && p.FoodCode == codes[0]).Select(p => p.PriceVndPerKg).SingleAsync()));
        Assert.Equal(fees, await app.WithDbAsync(db => db.Set<MenuRotation>().Where(r => r.SchoolId == school).ToDictionaryAsync(r => r.AgeGroup, r => r.MealFeeVnd)));
    }

    [Fact]
    public async Task A_dish_is_put_in_the_menu_and_taken_out_through_the_service()
    {
        var cook = await CookAsync();
        const string url = "/thuc-don?nhom=mau-giao&tuan=4";
        var school = await app.DemoSchoolIdAsync();
        var dishId = await app.WithDbAsync(db => db.Set<SchoolDish>().Where(d => d.SchoolId == school).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        Task<List<int>> SlotsAsync() => app.WithDbAsync(db => db.Set<MenuSlot>()
            .Where(s => s.AgeGroup == AgeGroup.MauGiao && s.Week == 4 && s.Weekday == 5 && s.Meal == MealKind.Phu && s.SchoolDishId == dishId).Select(s => s.Id).ToListAsync());
        var before = await SlotsAsync();

        var (status, _) = await PostAsync(cook, url, "add-5-Phu", new() { ["dish"] = dishId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, status);
        var added = (await SlotsAsync()).Except(before).Single();

        (status, var html) = await PostAsync(cook, url, $"remove-{added}", []);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(added, await SlotsAsync());
        Assert.DoesNotMatch(new Regex($"remove-{added}\\b"), html);
    }

    [Fact]
    public async Task A_dish_refused_by_the_rules_answers_422()
    {
        var cook = await CookAsync();
        var (status, html) = await PostAsync(cook, "/thuc-don/mon-an", "new-dish", new() { ["name"] = "Súp thử 422", ["f0"] = "bi-do", ["g0"] = "không" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("phải là số gam", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Súp thử 422\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"không\"", html, StringComparison.Ordinal);
    }
}
