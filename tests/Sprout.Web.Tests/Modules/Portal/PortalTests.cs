using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Portal;

[Collection(AppCollection.Name)]
public class PortalTests(SproutAppFactory app)
{
    private static readonly byte[] FakePdf = "%PDF-1.7 portal test"u8.ToArray();

    private async Task<HttpClient> AsAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string action, Dictionary<string, string>? extra = null)
    {
        var form = new Dictionary<string, string> { ["action"] = action, ["comment"] = "" };
        foreach (var (key, value) in extra ?? [])
        {
            form[key] = value;
        }
        return FormPoster.PostFormAsync(client, $"/van-ban/{id}", "document-actions", form);
    }

    private async Task<string> AnonymousPageAsync(string url)
    {
        var response = await app.CreateBrowserLikeClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A document written straight to the database, in whatever state the test needs.</summary>
    private Task<int> AddDocumentAsync(int schoolId, string title, DocumentType type, DocumentStatus status, bool isPublic, DocumentKind kind = DocumentKind.Administrative, int year = 2030) =>
        app.WithDbAsync(async db =>
        {
            var document = new OutgoingDocument
            {
                SchoolId = schoolId, Kind = kind, TypeCode = type.Code, Title = title, Body = "Nội dung", Status = status, Year = year,
                IssuedOn = status == DocumentStatus.Issued ? new DateOnly(year, 3, 15) : null, Public = isPublic,
                SignedPdf = status >= DocumentStatus.SignedByApprover ? FakePdf : null, CreatedBy = "Văn thư",
            };
            db.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });

    private Task<int> OtherSchoolIdAsync(int schoolId) => app.WithDbAsync(db => db.Schools.Where(s => s.Id != schoolId).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task A_plan_issued_as_public_appears_on_the_portal_and_its_signed_PDF_downloads_without_sign_in()
    {
        var title = $"Kế hoạch công khai năm học {Guid.NewGuid():N}";
        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");
        var created = await FormPoster.PostFormAsync(clerk, "/van-ban/moi", "new-document", new Dictionary<string, string>
        {
            ["kind"] = "Administrative", ["type"] = DocumentType.KeHoach.Code, ["title"] = title,
            ["body"] = "Nhà trường công khai kế hoạch năm học.", ["recipients"] = "Lưu: VT",
        });
        var id = int.Parse(created.LocalRedirect()["/van-ban/".Length..], CultureInfo.InvariantCulture);
        await ActAsync(clerk, id, "submit");
        await ActAsync(await AsAsync("phohieutruong@mnviethung.edu.vn"), id, "approve");
        await ActAsync(await AsAsync("hieutruong@mnviethung.edu.vn"), id, "sign");
        await ActAsync(clerk, id, "issue", new Dictionary<string, string> { ["public"] = "true" });
        var schoolId = await app.DemoSchoolIdAsync();

        var list = await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban");
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains($"/cong-khai/{schoolId}/van-ban/{id}.pdf", list, StringComparison.Ordinal);
        Assert.Contains(title, await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?loai=ke-hoach"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?loai=quyet-dinh"), StringComparison.Ordinal);

        var pdf = await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/{schoolId}/van-ban/{id}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await clerk.GetByteArrayAsync($"/van-ban/{id}.pdf"), await pdf.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/{await OtherSchoolIdAsync(schoolId)}/van-ban/{id}.pdf")).StatusCode);
    }

    [Fact]
    public async Task Drafts_unpublished_Party_and_other_schools_documents_stay_off_the_portal_and_their_PDFs_answer_404()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var otherId = await OtherSchoolIdAsync(schoolId);
        var tag = Guid.NewGuid().ToString("N");
        var shown = await AddDocumentAsync(schoolId, $"Công khai {tag}", DocumentType.BaoCao, DocumentStatus.Issued, isPublic: true);
        var hidden = new[]
        {
            await AddDocumentAsync(schoolId, $"Nội bộ {tag}", DocumentType.BaoCao, DocumentStatus.Issued, isPublic: false),
            await AddDocumentAsync(schoolId, $"Dự thảo {tag}", DocumentType.BaoCao, DocumentStatus.Draft, isPublic: true),
            await AddDocumentAsync(schoolId, $"Đã ký chưa ban hành {tag}", DocumentType.BaoCao, DocumentStatus.SignedByApprover, isPublic: true),
            await AddDocumentAsync(schoolId, $"Nghị quyết chi bộ {tag}", DocumentType.NghiQuyet, DocumentStatus.Issued, isPublic: true, DocumentKind.Party),
            await AddDocumentAsync(otherId, $"Trường khác {tag}", DocumentType.BaoCao, DocumentStatus.Issued, isPublic: true),
        };

        var list = await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?nam=2030");
        Assert.Contains($"Công khai {tag}", list, StringComparison.Ordinal);
        Assert.Contains("15/03/2030", list, StringComparison.Ordinal);
        foreach (var title in new[] { "Nội bộ", "Dự thảo", "Đã ký chưa ban hành", "Nghị quyết chi bộ", "Trường khác" })
        {
            Assert.DoesNotContain($"{title} {tag}", list, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/{schoolId}/van-ban/{shown}.pdf")).StatusCode);
        foreach (var id in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/{schoolId}/van-ban/{id}.pdf")).StatusCode);
        }
        Assert.Contains($"Trường khác {tag}", await AnonymousPageAsync($"/cong-khai/{otherId}/van-ban"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announcements_and_decisions_have_their_own_pages()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var tag = Guid.NewGuid().ToString("N");
        await AddDocumentAsync(schoolId, $"Thông báo tuyển sinh {tag}", DocumentType.ThongBao, DocumentStatus.Issued, isPublic: true);
        await AddDocumentAsync(schoolId, $"Quyết định khen thưởng {tag}", DocumentType.QuyetDinh, DocumentStatus.Issued, isPublic: true);

        var notices = await AnonymousPageAsync($"/cong-khai/{schoolId}/thong-bao");
        Assert.Contains($"Thông báo tuyển sinh {tag}", notices, StringComparison.Ordinal);
        Assert.DoesNotContain($"Quyết định khen thưởng {tag}", notices, StringComparison.Ordinal);
        var results = await AnonymousPageAsync($"/cong-khai/{schoolId}/ket-qua");
        Assert.Contains($"Quyết định khen thưởng {tag}", results, StringComparison.Ordinal);
        Assert.DoesNotContain($"Thông báo tuyển sinh {tag}", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cell_rating_shows_only_its_level_and_year()
    {
        var otherId = await OtherSchoolIdAsync(await app.DemoSchoolIdAsync());
        await app.WithDbAsync(async db =>
        {
            db.Add(new CellRating { SchoolId = otherId, Year = 2020, Level = EvaluationLevel.Excellent, FourGood = true, Decision = "Quyết định mật 77-QĐ/ĐU", RecordedBy = "Người ghi kín", Public = true });
            return await db.SaveChangesAsync();
        });

        var page = await AnonymousPageAsync($"/cong-khai/{otherId}/ket-qua");
        Assert.Contains("Năm 2020", page, StringComparison.Ordinal);
        Assert.Contains(EvaluationLevel.Excellent.Name(), page, StringComparison.Ordinal);
        Assert.Contains("Chi bộ 4 tốt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("77-QĐ/ĐU", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Người ghi kín", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Năm 2020", await AnonymousPageAsync($"/cong-khai/{await app.DemoSchoolIdAsync()}/ket-qua"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_keep_crawlers_on_the_portal_and_the_sitemap_lists_public_pages_and_documents_only()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var published = await AddDocumentAsync(schoolId, "Kế hoạch công khai cho sitemap", DocumentType.KeHoach, DocumentStatus.Issued, isPublic: true, year: 2031);
        var internalOnly = await AddDocumentAsync(schoolId, "Kế hoạch nội bộ", DocumentType.KeHoach, DocumentStatus.Issued, isPublic: false, year: 2031);
        var party = await AddDocumentAsync(schoolId, "Nghị quyết chi bộ", DocumentType.NghiQuyet, DocumentStatus.Issued, isPublic: true, DocumentKind.Party, year: 2031);
        var client = app.CreateBrowserLikeClient();

        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Allow: /cong-khai\nDisallow: /\n", robots, StringComparison.Ordinal);
        Assert.Matches(@"Sitemap: https?://[^/\s]+/sitemap\.xml", robots);

        var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").ToDictionary(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath, u => u.Element(ns + "lastmod")?.Value);
        foreach (var page in new[] { "/cong-khai", $"/cong-khai/{schoolId}", $"/cong-khai/{schoolId}/van-ban", $"/cong-khai/{schoolId}/ket-qua" })
        {
            Assert.True(urls.ContainsKey(page), page);
        }
        Assert.Equal("2031-03-15", urls[$"/cong-khai/{schoolId}/van-ban/{published}.pdf"]);
        Assert.DoesNotContain($"/cong-khai/{schoolId}/van-ban/{internalOnly}.pdf", urls.Keys);
        Assert.DoesNotContain($"/cong-khai/{schoolId}/van-ban/{party}.pdf", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => !u.StartsWith("/cong-khai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cell_rating_reaches_the_portal_only_when_the_committee_announces_it()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var secretary = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(secretary, $"hieutruong@{DemoAccounts.Domain}", DemoAccounts.Password);
        var fields = new Dictionary<string, string>
        {
            ["cell-level"] = ((int)EvaluationLevel.Good).ToString(System.Globalization.CultureInfo.InvariantCulture), ["decision"] = "Quyết định 12-QĐ/ĐU ngày 15/01/2020",
        };

        var saved = await FormPoster.PostFormAsync(secretary, "/chi-bo/danh-gia?nam=2019", "rating", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(EvaluationLevel.Good, await app.WithDbAsync(db => db.Set<CellRating>().Where(r => r.SchoolId == schoolId && r.Year == 2019).Select(r => r.Level).SingleAsync()));
        Assert.DoesNotContain("Năm 2019", await AnonymousPageAsync($"/cong-khai/{schoolId}/ket-qua"), StringComparison.Ordinal);

        fields["rating-public"] = "true";
        await FormPoster.PostFormAsync(secretary, "/chi-bo/danh-gia?nam=2019", "rating", fields);
        var announced = await AnonymousPageAsync($"/cong-khai/{schoolId}/ket-qua");
        Assert.Contains("Năm 2019", announced, StringComparison.Ordinal);
        Assert.Contains(EvaluationLevel.Good.Name(), announced, StringComparison.Ordinal);
        Assert.DoesNotContain("12-QĐ/ĐU", announced, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_cacheable_with_a_school_specific_description_and_an_unknown_school_is_404()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var name = await app.WithDbAsync(db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstAsync());
        foreach (var path in new[] { "", "/van-ban", "/thong-bao", "/ket-qua" })
        {
            var response = await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/{schoolId}{path}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Matches($"<meta name=\"description\" content=\"[^\"]*{System.Text.RegularExpressions.Regex.Escape(name)}", html);
            Assert.Matches("<title>[^<]+</title>", html);
            Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().GetAsync($"/cong-khai/999999{path}")).StatusCode);
        }
        var schools = await app.CreateBrowserLikeClient().GetAsync("/cong-khai");
        Assert.Equal("public, max-age=300", schools.Headers.CacheControl!.ToString());
        Assert.Contains($"/cong-khai/{schoolId}\"", await schools.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var intro = await AnonymousPageAsync($"/cong-khai/{schoolId}");
        Assert.Contains(name, intro, StringComparison.Ordinal);
        Assert.Contains($"/cong-khai/thuc-don/{schoolId}", intro, StringComparison.Ordinal);

        // A signed-in visitor's page carries their name: it must never be stored by a shared cache.
        var signedIn = await (await AsAsync("hieutruong@mnviethung.edu.vn")).GetAsync($"/cong-khai/{schoolId}");
        Assert.DoesNotContain("public", signedIn.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_list_is_paged_and_a_mistyped_query_shows_the_list()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var tag = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 21; i++)
        {
            await AddDocumentAsync(schoolId, $"Hướng dẫn {i:00} {tag}", DocumentType.HuongDan, DocumentStatus.Issued, isPublic: true, year: 2029);
        }
        var first = await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?loai=huong-dan&nam=2029");
        var second = await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?loai=huong-dan&nam=2029&trang=2");
        Assert.Equal(20, first.Split(tag).Length - 1);
        Assert.Equal(1, second.Split(tag).Length - 1);
        Assert.Contains("Trang 1/2", first, StringComparison.Ordinal);
        Assert.Contains("loai=huong-dan&nam=2029&trang=2", first, StringComparison.Ordinal);
        Assert.Contains("Trang sau", first, StringComparison.Ordinal);
        Assert.Contains("Trang trước", second, StringComparison.Ordinal);
        Assert.Contains(tag, await AnonymousPageAsync($"/cong-khai/{schoolId}/van-ban?loai=&nam=abc&trang=-1"), StringComparison.Ordinal);
        await AnonymousPageAsync($"/cong-khai/{schoolId}/thong-bao?trang=x");
    }
}
