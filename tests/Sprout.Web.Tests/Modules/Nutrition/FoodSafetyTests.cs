using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Nutrition;

[Collection(AppCollection.Name)]
public class FoodSafetyTests(SproutAppFactory app)
{
    [Fact]
    public async Task The_kitchen_logs_the_three_step_check_and_keeps_samples_for_24_hours()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        const string url = "/an-toan-thuc-pham?ngay=2026-11-23";
        await FormPoster.PostFormAsync(cook, url, "supplier", new Dictionary<string, string> { ["name"] = "Công ty Thực phẩm sạch Long Biên", ["products"] = "Thịt lợn" });
        var page = WebUtility.HtmlDecode(await cook.GetStringAsync(url));
        Assert.Contains("Nhà cung cấp “Công ty Thực phẩm sạch Long Biên” chưa có giấy chứng nhận an toàn thực phẩm còn hạn.", page, StringComparison.Ordinal);

        var step1 = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, url, "check-1", new Dictionary<string, string>
        {
            ["item"] = "Thịt lợn nạc", ["quantity"] = "12 kg", ["passed"] = "true", ["notes"] = "Tươi, có tem kiểm dịch",
        })).Content.ReadAsStringAsync());
        Assert.Contains("Thịt lợn nạc (12 kg) – <strong>Đạt</strong>: Tươi, có tem kiểm dịch", step1, StringComparison.Ordinal);

        var small = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, url, "sample", new Dictionary<string, string> { ["dish"] = "Canh rau ngót", ["amount"] = "100", ["liquid"] = "true" })).Content.ReadAsStringAsync());
        Assert.Contains("lượng mẫu từ 150 ml trở lên", small, StringComparison.Ordinal);
        await FormPoster.PostFormAsync(cook, url, "sample", new Dictionary<string, string> { ["dish"] = "Cơm tẻ", ["amount"] = "120" });
        var sampleId = await app.WithDbAsync(db => db.Set<FoodSample>().Where(s => s.Dish == "Cơm tẻ").Select(s => s.Id).FirstAsync());
        var early = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, url, $"discard-{sampleId}", new Dictionary<string, string>())).Content.ReadAsStringAsync());
        Assert.Contains("Chưa đủ 24 giờ", early, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Set<FoodSample>().Where(s => s.Id == sampleId).Select(s => s.DiscardedAt).FirstAsync()));
    }

    [Fact]
    public async Task Prices_give_the_cost_per_child_against_the_meal_fee()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        var codes = await app.WithDbAsync(db => db.Set<SchoolDishIngredient>().Select(i => i.FoodCode).Distinct().ToListAsync());
        var fields = codes.ToDictionary(c => $"p-{c}", _ => "50000");
        fields["fee-mau-giao"] = "35000";
        var saved = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/gia", "prices", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu thay đổi.", saved, StringComparison.Ordinal);

        var market = WebUtility.HtmlDecode(await cook.GetStringAsync("/thuc-don/cho?nhom=mau-giao&ngay=2026-11-24"));
        Assert.Contains("Chi phí mỗi trẻ:", market, StringComparison.Ordinal);
        Assert.Contains("tiền ăn: 35.000 đồng", market, StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/gia", "prices", new Dictionary<string, string> { [$"p-{codes[0]}"] = "rẻ" })).Content.ReadAsStringAsync());
        Assert.Contains("Giá không hợp lệ", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_parent_says_the_child_will_not_eat_reaches_the_teacher()
    {
        var childId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}", "food-dislikes", new Dictionary<string, string> { ["dislikes"] = "Hành lá, cà rốt" });

        var classId = await Children.ChildrenAccessMatrixRows.LonA1(app);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Contains("Gia đình báo con không ăn: Hành lá, cà rốt", WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/so-lien-lac")), StringComparison.Ordinal);
    }
}
