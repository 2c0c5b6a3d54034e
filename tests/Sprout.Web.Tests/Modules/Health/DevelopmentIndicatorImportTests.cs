using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Health;

[Collection(AppCollection.Name)]
public class DevelopmentIndicatorImportTests(SproutAppFactory app)
{
    private const string Page = "/suc-khoe/chi-so";

    private async Task<HttpClient> NurseAsync()
    {
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        return nurse;
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] file, string fileName)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, Page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("import-indicators"), "_handler" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", fileName);
        return WebUtility.HtmlDecode(await (await client.PostAsync(Page, content)).Content.ReadAsStringAsync());
    }

    private static byte[] Xlsx(params (string Code, string Age, string Domain, string Text)[] rows)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?> { ["Mã"] = r.Code, ["Độ tuổi"] = r.Age, ["Lĩnh vực"] = r.Domain, ["Chỉ số"] = r.Text }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private Task<List<DevelopmentIndicator>> StoredAsync(params string[] codes) => app.WithDbAsync(async db =>
    {
        var school = await app.DemoSchoolIdAsync();
        return await db.Set<DevelopmentIndicator>().Where(i => i.SchoolId == school && codes.Contains(i.Code)).ToListAsync();
    });

    [Fact]
    public async Task The_nurse_imports_a_csv_set_and_importing_again_updates_instead_of_duplicating()
    {
        var nurse = await NurseAsync();
        var csv = "\uFEFFMã,Độ tuổi,Lĩnh vực,Chỉ số\n"
            + "IMP-TC1,Nhà trẻ,Thể chất,\"Đi, chạy theo hướng thẳng\"\n"
            + "IMP-NN1,24-36 tháng,Ngôn ngữ,Nói câu ngắn\n";
        var page = await UploadAsync(nurse, Encoding.UTF8.GetBytes(csv), "bo-chi-so.csv");
        Assert.Contains("Đã nhập bộ chỉ số: thêm 2, cập nhật 0.", page, StringComparison.Ordinal);
        var stored = await StoredAsync("IMP-TC1", "IMP-NN1");
        Assert.Equal(2, stored.Count);
        var physical = stored.Single(i => i.Code == "IMP-TC1");
        Assert.Equal((AgeGroup.NhaTre, DevelopmentDomain.Physical, "Đi, chạy theo hướng thẳng", true), (physical.AgeGroup, physical.Domain, physical.Text, physical.Active));

        var again = await UploadAsync(nurse, Xlsx(("IMP-NN1", "Nhà trẻ", "Ngôn ngữ và giao tiếp", "Nói câu ngắn ba từ")), "bo-chi-so.xlsx");
        Assert.Contains("Đã nhập bộ chỉ số: thêm 0, cập nhật 1.", again, StringComparison.Ordinal);
        Assert.Equal("Nói câu ngắn ba từ", (await StoredAsync("IMP-NN1")).Single().Text);
        Assert.Contains("IMP-TC1", WebUtility.HtmlDecode(await nurse.GetStringAsync(Page + "?do-tuoi=0")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_row_and_column_and_nothing_is_imported()
    {
        var nurse = await NurseAsync();
        var file = Xlsx(
            ("BAD-TC1", "3-4 tuổi", "Thể chất", "Bật tại chỗ"),
            ("BAD-TC2", "7 tuổi", "Thể chất", "Chạy nhanh"),
            ("BAD-TC3", "3-4 tuổi", "Toán", "Đếm đến 5"));
        var page = await UploadAsync(nurse, file, "bo-chi-so.xlsx");
        Assert.Contains("Chưa nhập chỉ số nào.", page, StringComparison.Ordinal);
        Assert.Contains("Dòng 3, cột \"Độ tuổi\": \"7 tuổi\" không phải độ tuổi", page, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột \"Lĩnh vực\": \"Toán\" không phải lĩnh vực", page, StringComparison.Ordinal);
        Assert.Empty(await StoredAsync("BAD-TC1", "BAD-TC2", "BAD-TC3"));
    }

    [Fact]
    public async Task The_nurse_deactivates_an_indicator_and_a_teacher_may_not_manage_the_set()
    {
        var nurse = await NurseAsync();
        await UploadAsync(nurse, Xlsx(("OFF-TM1", "3-4 tuổi", "Thẩm mỹ", "Hát theo cô")), "bo-chi-so.xlsx");
        var id = (await StoredAsync("OFF-TM1")).Single().Id;
        var url = $"/suc-khoe/chi-so/{id}";
        var empty = await FormPoster.PostFormAsync(nurse, url, "indicator", new Dictionary<string, string> { ["age"] = "3", ["domain"] = "4", ["text"] = " ", ["order"] = "abc" });
        var refused = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng nhập nội dung chỉ số.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", refused, StringComparison.Ordinal);

        await FormPoster.PostFormAsync(nurse, url, "indicator", new Dictionary<string, string> { ["age"] = "3", ["domain"] = "4", ["text"] = "Hát đúng giai điệu", ["order"] = "2" });
        var stored = (await StoredAsync("OFF-TM1")).Single();
        Assert.Equal(("Hát đúng giai điệu", false), (stored.Text, stored.Active));

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync(Page)).StatusCode);
    }
}
