using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Nutrition;

[Collection(AppCollection.Name)]
public class FoodTableTests(SproutAppFactory app)
{
    private static async Task<string> UploadAsync(HttpClient client, string csv)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, "/thuc-don/thuc-pham");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("import-foods"), "_handler" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "csv", "bang-thanh-phan.csv");
        return WebUtility.HtmlDecode(await (await client.PostAsync("/thuc-don/thuc-pham", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_licensed_food_composition_table_is_imported_all_or_nothing_and_used_by_dishes()
    {
        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        const string header = "code,name,group,origin,waste_pct,energy_kcal,protein_g,lipid_g,glucid_g\n";
        var bad = await UploadAsync(cook, header + "vn-rau-den,Rau dền,rau,thực vật,30,39,2.3,0.3,6.2\nvn-ca-loc,Cá lóc,cá,động vật,abc,97,18.2,2.7,0\n");
        Assert.Contains("Dòng 3, cột waste_pct: \"abc\" phải là số từ 0 đến 99.", bad, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolFood>().AnyAsync(f => f.Code == "vn-rau-den")));

        var ok = await UploadAsync(cook, header + "vn-rau-den,Rau dền,rau,thực vật,30,39,2.3,0.3,6.2\nvn-ca-loc,Cá lóc,cá,động vật,45,97,18.2,2.7,0\n");
        Assert.Contains("Đã lưu 2 thực phẩm.", ok, StringComparison.Ordinal);
        Assert.Contains("Đã lưu 2 thực phẩm.", await UploadAsync(cook, header + "vn-rau-den,Rau dền,rau,thực vật,30,39,2.3,0.3,6.2\nvn-ca-loc,Cá lóc,cá,động vật,45,97,18.2,2.7,0\n"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<SchoolFood>().CountAsync(f => f.Code.StartsWith("vn-"))));

        var dish = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(cook, "/thuc-don/mon-an", "new-dish", new Dictionary<string, string>
        {
            ["name"] = "Canh cá lóc rau dền", ["f0"] = "vn-ca-loc", ["g0"] = "30", ["f1"] = "vn-rau-den", ["g1"] = "40",
        })).Content.ReadAsStringAsync());
        Assert.Contains("Cá lóc 30 g, Rau dền 40 g", dish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_menu_is_public_and_cacheable_without_signing_in()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var response = await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/thuc-don/{schoolId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<title>Thực đơn tuần này – Trường Mầm non Đô Thị Việt Hưng</title>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"description\"", html, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync("/cong-khai/thuc-don/999999")).StatusCode);
    }
}
