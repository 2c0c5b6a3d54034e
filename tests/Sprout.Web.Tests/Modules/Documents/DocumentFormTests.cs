using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Documents.Retention;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>The registers' forms write through the Documents services; a refusal answers 422 and keeps the typing.</summary>
[Collection(AppCollection.Name)]
public class DocumentFormTests(SproutAppFactory app)
{
    private async Task<HttpClient> ClerkAsync()
    {
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        return clerk;
    }

    [Fact]
    public async Task An_incoming_document_without_its_sender_is_refused_with_the_typing_kept_then_recorded_with_the_next_number()
    {
        var clerk = await ClerkAsync();
        var summary = $"Công văn thử biểu mẫu {Guid.NewGuid():N}";
        var fields = new Dictionary<string, string> { ["their"] = "123/PGDĐT", ["type"] = DocumentType.CongVan.Code, ["summary"] = summary, ["handler"] = "Cô Lan", ["deadline"] = "2026-12-15" };

        var refused = await FormPoster.PostFormAsync(clerk, "/van-ban/den", "incoming", fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Vui lòng nhập cơ quan gửi và trích yếu.", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"summary\" name=\"summary\" value=\"{summary}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"deadline\" type=\"date\" name=\"deadline\" value=\"2026-12-15\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<IncomingDocument>().AnyAsync(d => d.Summary == summary)));

        var notPdf = await FormPoster.PostFileAsync(clerk, "/van-ban/den", "incoming", new Dictionary<string, string>(fields) { ["sender"] = "Phòng GD&ĐT" },
            "scan", "anh.png", [0x89, 0x50, 0x4E, 0x47], "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Contains("Tệp không phải PDF.", WebUtility.HtmlDecode(await notPdf.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        fields["sender"] = "Phòng GD&ĐT";
        var saved = await FormPoster.PostFormAsync(clerk, "/van-ban/den", "incoming", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var document = await app.WithDbAsync(db => db.Set<IncomingDocument>().SingleAsync(d => d.Summary == summary));
        var last = await app.WithDbAsync(db => db.Set<IncomingDocument>()
            .Where(d => d.SchoolId == document.SchoolId && d.Year == document.Year && d.Id != document.Id).MaxAsync(d => (int?)d.ArrivalNumber)) ?? 0;
        Assert.Equal((last + 1, "Phòng GD&ĐT", "123/PGDĐT", "Cô Lan", new DateOnly(2026, 12, 15)), (document.ArrivalNumber, document.Sender, document.TheirNumber, document.Handler, document.Deadline!.Value));
        Assert.Contains($"{document.ArrivalNumber}", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_retention_period_answers_422_with_the_typed_years_and_saves_nothing()
    {
        var clerk = await ClerkAsync();
        var school = await app.DemoSchoolIdAsync();
        var fields = DocumentType.All.ToDictionary(t => t.Code, _ => "");
        fields[DocumentType.KeHoach.Code] = "7";
        fields[DocumentType.BaoCao.Code] = "nhiều";

        var refused = await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", fields);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("số năm phải từ 1 đến 100", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nhiều\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<DocumentRetentionRule>().AnyAsync(r => r.SchoolId == school && r.TypeCode == DocumentType.KeHoach.Code && r.Years == 7)));

        fields.Remove(DocumentType.BaoCao.Code);
        var defaults = DocumentType.All.ToDictionary(t => t.Code, t => Sprout.Domain.Documents.Retention.RetentionSchedule.DefaultFor(t.Code).Years?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        try
        {
            var saved = await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", new Dictionary<string, string>(defaults) { [DocumentType.KeHoach.Code] = "7" });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.True(await app.WithDbAsync(db => db.Set<DocumentRetentionRule>().AnyAsync(r => r.SchoolId == school && r.TypeCode == DocumentType.KeHoach.Code && r.Years == 7)));
        }
        finally
        {
            await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", defaults);
        }
    }

    [Fact]
    public async Task A_refused_new_document_answers_422_and_keeps_its_title_and_body()
    {
        var clerk = await ClerkAsync();
        var response = await FormPoster.PostFormAsync(clerk, "/van-ban/moi", "new-document", new Dictionary<string, string>
        {
            ["kind"] = "Party", ["type"] = DocumentType.ThongBao.Code, ["title"] = "Thông báo thử của chi bộ", ["body"] = "Nội dung thử", ["recipients"] = "Lưu: VT",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chỉ đảng viên của chi bộ được soạn văn bản của Đảng.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Thông báo thử của chi bộ\"", html, StringComparison.Ordinal);
        Assert.Contains(">Nội dung thử</textarea>", html, StringComparison.Ordinal);
    }
}
