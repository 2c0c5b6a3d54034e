using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Nutrition;

[Collection(AppCollection.Name)]
public class MenuTests(SproutAppFactory app)
{
    [Fact]
    public async Task A_dish_without_ingredients_or_with_a_negative_quantity_is_refused_and_a_good_one_is_analysed()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        var empty = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/mon-an", "new-dish", new Dictionary<string, string> { ["name"] = "Canh bí đỏ" })).Content.ReadAsStringAsync());
        Assert.Contains("Món \"Canh bí đỏ\" chưa có nguyên liệu.", empty, StringComparison.Ordinal);
        Assert.Contains("value=\"Canh bí đỏ\"", empty, StringComparison.Ordinal);

        var negative = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/mon-an", "new-dish", new Dictionary<string, string>
        {
            ["name"] = "Canh bí đỏ", ["f0"] = "bi-do", ["g0"] = "-20",
        })).Content.ReadAsStringAsync());
        Assert.Contains("Món \"Canh bí đỏ\": lượng Bí đỏ phải lớn hơn 0 g (đang là -20 g).", negative, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolDish>().AnyAsync(d => d.Name == "Canh bí đỏ")));

        var ok = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/mon-an", "new-dish", new Dictionary<string, string>
        {
            ["name"] = "Canh bí đỏ", ["f0"] = "bi-do", ["g0"] = "40", ["f1"] = "thit-lon-nac", ["g1"] = "10,5",
        })).Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu thay đổi.", ok, StringComparison.Ordinal);
        var grams = await app.WithDbAsync(db => db.Set<SchoolDish>().Where(d => d.Name == "Canh bí đỏ").SelectMany(d => d.Ingredients).Select(i => i.Grams).ToListAsync());
        Assert.Equal(new[] { 10.5, 40 }, grams.Order().ToArray());
    }

    [Fact]
    public async Task The_seeded_rotation_is_analysed_against_the_norms_and_published_to_parents()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await cook.GetStringAsync("/thuc-don?nhom=mau-giao&tuan=1"));
        Assert.Contains("Thực đơn Mẫu giáo, tuần 1", page, StringComparison.Ordinal);
        Assert.Contains("Đạt", page, StringComparison.Ordinal);

        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var menu = WebUtility.HtmlDecode(await parent.GetStringAsync("/thuc-don/tuan-nay"));
        Assert.Contains("Mẫu giáo: từ", menu, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhà trường chưa công bố thực đơn.", menu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dish_with_an_allergen_is_flagged_for_the_childs_class_and_the_market_list_follows_attendance()
    {
        var (childName, className) = await app.WithDbAsync(async db =>
        {
            var child = await db.Children.Where(c => c.Classroom!.Name == "Lớn A2").OrderBy(c => c.Id).FirstAsync();
            child.Allergies = "Trứng";
            await db.SaveChangesAsync();
            return ($"{child.FamilyName} {child.MiddleName} {child.GivenName}", "Lớn A2");
        });
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        await FormPoster.PostFormAsync(cook, "/thuc-don/mon-an", "new-dish", new Dictionary<string, string> { ["name"] = "Trứng đúc thịt thử", ["f0"] = "trung-ga", ["g0"] = "30", ["f1"] = "thit-lon-nac", ["g1"] = "15" });
        var dishId = await app.WithDbAsync(db => db.Set<SchoolDish>().Where(d => d.Name == "Trứng đúc thịt thử").Select(d => d.Id).FirstAsync());
        var page = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don?nhom=mau-giao&tuan=4", "add-2-Trua",
            new Dictionary<string, string> { ["dish"] = dishId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Content.ReadAsStringAsync());
        Assert.Contains("Cảnh báo dị ứng", page, StringComparison.Ordinal);
        Assert.Contains($"(trẻ {childName}, lớp {className})", page, StringComparison.Ordinal);

        var market = WebUtility.HtmlDecode(await cook.GetStringAsync("/thuc-don/cho?nhom=mau-giao&ngay=2026-11-24"));
        Assert.Contains("suất ăn theo điểm danh", market, StringComparison.Ordinal);
        Assert.Contains("Cần mua (kg)", market, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_school_can_follow_new_norms_and_go_back_to_the_national_defaults()
    {
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var invalid = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(nurse, "/thuc-don/chuan", "norms-mau-giao", new Dictionary<string, string>
        {
            ["action"] = "save", ["energy-min"] = "900", ["energy-max"] = "800", ["protein-min"] = "13", ["protein-max"] = "20",
            ["lipid-min"] = "25", ["lipid-max"] = "35", ["glucid-min"] = "52", ["glucid-max"] = "60",
        })).Content.ReadAsStringAsync());
        Assert.Contains("Số liệu chưa hợp lệ", invalid, StringComparison.Ordinal);

        await FormPoster.PostFormAsync(nurse, "/thuc-don/chuan", "norms-mau-giao", new Dictionary<string, string>
        {
            ["action"] = "save", ["energy-min"] = "900", ["energy-max"] = "1000", ["protein-min"] = "13", ["protein-max"] = "20",
            ["lipid-min"] = "25", ["lipid-max"] = "35", ["glucid-min"] = "52", ["glucid-max"] = "60", ["source"] = "Thông tư mới (thử)",
        });
        var strict = WebUtility.HtmlDecode(await nurse.GetStringAsync("/thuc-don?nhom=mau-giao&tuan=1"));
        Assert.Contains("Thiếu", strict, StringComparison.Ordinal);
        Assert.Contains("Chưa đạt", strict, StringComparison.Ordinal);

        await FormPoster.PostFormAsync(nurse, "/thuc-don/chuan", "norms-mau-giao", new Dictionary<string, string> { ["action"] = "reset" });
        var back = WebUtility.HtmlDecode(await nurse.GetStringAsync("/thuc-don/chuan"));
        Assert.Contains("Mẫu giáo (mặc định theo quy định)", back, StringComparison.Ordinal);
        Assert.Contains("value=\"615\"", back, StringComparison.Ordinal);
    }
}
