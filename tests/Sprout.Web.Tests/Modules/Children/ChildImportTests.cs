using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Children;

[Collection(AppCollection.Name)]
public class ChildImportTests(SproutAppFactory app)
{
    private static byte[] Sheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string name, string dob, string sex, string? id, string className, string fatherPhone) => new()
    {
        ["STT"] = 1, ["Mã học sinh"] = null, ["Họ và tên"] = name, ["Ngày sinh"] = dob, ["Giới tính"] = sex, ["Dân tộc"] = "Kinh",
        ["Số định danh cá nhân"] = id, ["Lớp"] = className, ["Tỉnh/Thành phố"] = "Hà Nội", ["Phường/Xã"] = "Việt Hưng",
        ["Địa chỉ"] = "Tổ 3", ["Họ tên cha"] = "Phan Văn Long", ["Điện thoại cha"] = fatherPhone, ["Họ tên mẹ"] = null, ["Điện thoại mẹ"] = null, ["Dị ứng"] = null,
    };

    private static async Task<string> UploadAsync(HttpClient client, byte[] file)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, "/tre/nhap");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("child-import"), "_handler" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "File", "danh-sach.xlsx");
        var response = await client.PostAsync("/tre/nhap", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Import_creates_then_the_same_file_updates_without_duplicates()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var file = Sheet([
            Row("Phan Minh Khôi", "05/09/2021", "Nam", "001221555001", "Lớn A2", "0901555001"),
            Row("Phan Thảo Vy", "2022-01-20", "Nữ", "001322555002", "Nhỡ B2", "0901555002"),
        ]);
        Assert.Contains("2 hồ sơ mới, 0 hồ sơ được cập nhật", await UploadAsync(client, file), StringComparison.Ordinal);
        Assert.Contains("0 hồ sơ mới, 2 hồ sơ được cập nhật", await UploadAsync(client, file), StringComparison.Ordinal);
        var count = await app.WithDbAsync(db => db.Children.CountAsync(c => c.PersonalId == "001221555001" || c.PersonalId == "001322555002"));
        Assert.Equal(2, count);
        var ward = await app.WithDbAsync(db => db.Children.Where(c => c.PersonalId == "001221555001").Select(c => c.WardCode).FirstAsync());
        Assert.Equal("00127", ward);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_row_and_column_and_nothing_is_imported()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var file = Sheet([
            Row("Lý Gia Huy", "01/02/2021", "Nam", "001221666001", "Lớn A3", "0901666001"),
            Row("Lý Gia Bảo", "31/02/2021", "Nam", "001221666002", "Lớn A3", "0901666002"),
            Row("Lý Mai Chi", "03/03/2021", "Nữ", "001221666003", "Lớp Không Có", "12345"),
        ]);
        var html = await UploadAsync(client, file);
        Assert.Contains("Không có dữ liệu nào được ghi", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 3, cột \"Ngày sinh\": \"31/02/2021\" không phải ngày hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột \"Lớp\": Không có lớp \"Lớp Không Có\"", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột \"Số định danh cá nhân\": Chữ số thứ 4 là 2, chỉ giới tính nam", html, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột \"Họ tên cha\": Người giám hộ thứ 1: số điện thoại", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.PersonalId == "001221666001")));
    }

    [Fact]
    public async Task A_file_without_required_columns_or_not_a_spreadsheet_is_refused()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var noClass = Sheet([new Dictionary<string, object?> { ["Họ và tên"] = "Vũ An", ["Ngày sinh"] = "01/01/2021", ["Giới tính"] = "Nam" }]);
        Assert.Contains("Thiếu cột bắt buộc: \"Lớp\"", await UploadAsync(client, noClass), StringComparison.Ordinal);
        Assert.Contains("không phải bảng tính Excel", await UploadAsync(client, "đây là văn bản"u8.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Class_list_export_has_the_template_columns_and_every_child_of_the_class()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var bytes = await client.GetByteArrayAsync($"/lop/{classId}/danh-sach.xlsx");
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        var expected = await app.WithDbAsync(db => db.Children.CountAsync(c => c.ClassroomId == int.Parse(classId)));
        Assert.Equal(expected, rows.Count);
        Assert.Equal("Lớn A1", rows[0]["Lớp"]);
        Assert.Contains("Số định danh cá nhân", rows[0].Keys);

        var template = await client.GetByteArrayAsync("/tre/mau-nhap.xlsx");
        using var t = new MemoryStream(template);
        Assert.Equal(16, t.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX)!.Count);
    }
}
