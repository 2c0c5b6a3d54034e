using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Schools;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>The registers downloaded as spreadsheets: the year's numbered documents in register order, of one school.</summary>
[Collection(AppCollection.Name)]
public class RegisterExportTests(SproutAppFactory app)
{
    // Years no other test files documents in, one per test: each seeds its own.
    private const int Year = 2011;
    private const int IncomingYear = 2012;

    private async Task<(int School, int Other)> SeedAsync(int year) => await app.WithDbAsync(async db =>
    {
        var demo = await db.Schools.OrderBy(s => s.Id).FirstAsync();
        var other = await db.Schools.OrderBy(s => s.Id).Skip(1).FirstAsync();
        OutgoingDocument Out(int school, DocumentKind kind, DocumentType type, int? number, string numberText, string title) => new()
        {
            SchoolId = school, Kind = kind, TypeCode = type.Code, Title = title, Body = "Nội dung.", Year = year, Number = number,
            NumberText = number is null ? null : numberText, Status = number is null ? DocumentStatus.Draft : DocumentStatus.Issued,
            IssuedOn = number is null ? null : new DateOnly(year, 3, number.Value), SignerName = number is null ? null : "Nguyễn Thị Lan",
            Recipients = "Phòng GD&ĐT; Lưu: VT", CreatedBy = "Văn thư",
        };
        IncomingDocument In(int school, int arrival, string summary) => new()
        {
            SchoolId = school, Year = year, ArrivalNumber = arrival, ReceivedOn = new DateOnly(year, 4, arrival), Sender = "UBND phường Việt Hưng",
            TheirNumber = $"{arrival}/UBND-VX", TheirDate = new DateOnly(year, 4, 1), TypeCode = DocumentType.CongVan.Code, Summary = summary,
            Handler = "Hiệu trưởng", RecordedBy = "Văn thư",
        };
        db.AddRange(
            Out(demo.Id, DocumentKind.Administrative, DocumentType.KeHoach, 2, "02/KH-MNĐTVH", "Kế hoạch phòng chống dịch bệnh"),
            Out(demo.Id, DocumentKind.Administrative, DocumentType.QuyetDinh, 1, "01/QĐ-MNĐTVH", "Quyết định thành lập tổ kiểm tra"),
            Out(demo.Id, DocumentKind.Administrative, DocumentType.BaoCao, null, "", "Báo cáo còn là bản nháp"),
            Out(demo.Id, DocumentKind.Party, DocumentType.NghiQuyet, 1, "01-NQ/CB", "Nghị quyết của chi bộ"),
            Out(other.Id, DocumentKind.Administrative, DocumentType.KeHoach, 1, "01/KH-KHAC", "Kế hoạch của trường khác"),
            In(demo.Id, 2, "Về việc tuyển sinh"),
            In(demo.Id, 1, "Về việc an toàn thực phẩm"),
            In(other.Id, 1, "Công văn gửi trường khác"));
        await db.SaveChangesAsync();
        return (demo.Id, other.Id);
    });

    private async Task<List<IDictionary<string, object>>> DownloadAsync(string path, string role, int schoolId)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(TestAuthHandler.Header, string.Join(';', role, $"{ClaimTypes.NameIdentifier}=1", $"{ClaimTypes.Name}=kiem-thu", $"{SproutClaims.School}={schoolId}"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Sprout.Web.Platform.Export.Spreadsheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task The_outgoing_register_lists_the_years_numbered_documents_in_order_and_party_ones_only_for_members()
    {
        var (school, _) = await SeedAsync(Year);

        var clerk = await DownloadAsync($"/van-ban/so-di.xlsx?nam={Year}", Roles.Clerk, school);
        Assert.Equal(["01/QĐ-MNĐTVH", "02/KH-MNĐTVH"], clerk.Select(r => r[RegisterExport.Outgoing.Number]?.ToString()));
        var first = clerk[0];
        Assert.Equal("01/03/2011", first[RegisterExport.Outgoing.Date]);
        Assert.Equal("Quyết định: Quyết định thành lập tổ kiểm tra", first[RegisterExport.Outgoing.Title]);
        Assert.Equal("Nguyễn Thị Lan", first[RegisterExport.Outgoing.Signer]);
        // Decree 30 Appendix IV: the ten columns of the outgoing register, in order.
        Assert.Equal(RegisterExport.Outgoing.Columns, first.Keys);
        Assert.Equal("Phòng GD&ĐT", first[RegisterExport.Outgoing.Recipients]);
        Assert.Equal("VT", first[RegisterExport.Outgoing.KeptCopy]);
        Assert.Equal(2, Convert.ToInt32(first[RegisterExport.Outgoing.Copies], CultureInfo.InvariantCulture));
        Assert.Equal("01/03/2011", first[RegisterExport.Outgoing.SentOn]);

        var secretary = await DownloadAsync($"/van-ban/so-di.xlsx?nam={Year}", Roles.PartySecretary, school);
        Assert.Equal(["01/QĐ-MNĐTVH", "02/KH-MNĐTVH", "01-NQ/CB"], secretary.Select(r => r[RegisterExport.Outgoing.Number]?.ToString()));
    }

    [Fact]
    public async Task The_incoming_register_lists_the_years_arrivals_of_the_school_in_order_and_an_empty_year_keeps_its_columns()
    {
        var (school, _) = await SeedAsync(IncomingYear);

        var rows = await DownloadAsync($"/van-ban/so-den.xlsx?nam={IncomingYear}", Roles.Clerk, school);
        Assert.Equal(["Về việc an toàn thực phẩm", "Về việc tuyển sinh"], rows.Select(r => r[RegisterExport.Incoming.Title]?.ToString()?.Split(": ")[1]));
        Assert.Equal("01/04/2012", rows[0][RegisterExport.Incoming.ReceivedOn]);
        Assert.Equal("1/UBND-VX", rows[0][RegisterExport.Incoming.TheirNumber]);
        Assert.Equal("Hiệu trưởng", rows[0][RegisterExport.Incoming.Handler]);
        Assert.Equal(1, Convert.ToInt32(rows[0][RegisterExport.Incoming.ArrivalNumber], CultureInfo.InvariantCulture));
        // Decree 30 Appendix IV: "Ngày chuyển" and "Ký nhận" are register columns; the deadline is the follow-up book's.
        Assert.Equal(RegisterExport.Incoming.Columns, rows[0].Keys);
        Assert.DoesNotContain("Hạn giải quyết", rows[0].Keys);

        var empty = await DownloadAsync("/van-ban/so-den.xlsx?nam=1999", Roles.Clerk, school);
        var header = Assert.Single(empty);
        Assert.Contains(RegisterExport.Incoming.Receipt, header.Keys);
        Assert.All(header.Values, v => Assert.True(v is null || v.ToString()!.Length == 0));
    }

    [Fact]
    public async Task The_register_pages_link_to_the_download_of_the_chosen_year()
    {
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", Sprout.Web.Platform.Demo.DemoAccounts.Password);
        Assert.Contains("href=\"/van-ban/so-di.xlsx?nam=2011\"", await clerk.GetStringAsync("/van-ban?nam=2011"), StringComparison.Ordinal);
        Assert.Contains("Tải sổ văn bản đến năm 2011 (Excel)", WebUtility.HtmlDecode(await clerk.GetStringAsync("/van-ban/den?nam=2011")), StringComparison.Ordinal);
    }
}
