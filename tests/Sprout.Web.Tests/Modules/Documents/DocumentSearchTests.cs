using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Retention;
using Sprout.Domain.Documents.Search;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Modules.Documents.Search;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Schools;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>Full-text search of both registers (FTS5 on SQLite, tsvector + GIN on PostgreSQL): run on both databases.</summary>
[Collection(AppCollection.Name)]
public class DocumentSearchTests(SproutAppFactory app)
{
    // A word of this run only: the shared database holds other tests' documents.
    private readonly string _m = "z" + Guid.NewGuid().ToString("N")[..10];

    private static ClaimsPrincipal User(int schoolId, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(SproutClaims.School, schoolId.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, "Kiểm thử"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
        "test", ClaimTypes.Name, ClaimTypes.Role));

    private static OutgoingDocument Doc(int schoolId, DocumentType type, string title, string body, DocumentStatus status, int year,
        string? signer = null, DocumentKind kind = DocumentKind.Administrative) => new()
    {
        SchoolId = schoolId, Kind = kind, TypeCode = type.Code, Title = title, Body = body, Status = status, Year = year, SignerName = signer,
        IssuedOn = status == DocumentStatus.Issued ? new DateOnly(year, 9, 10) : null, CreatedBy = "Văn thư",
    };

    private async Task<(int School, int Other)> SeedAsync() => await app.WithDbAsync(async db =>
    {
        var demo = await db.Schools.OrderBy(s => s.Id).FirstAsync();
        var other = new School { WardId = demo.WardId, Name = $"Trường Mầm non Khác {_m}", ShortCode = _m[..8].ToUpperInvariant() };
        db.Add(other);
        await db.SaveChangesAsync();
        db.AddRange(
            Doc(demo.Id, DocumentType.KeHoach, $"Kế hoạch chuyển đổi số năm học {_m}", "Ứng dụng công nghệ thông tin trong quản lý.", DocumentStatus.Issued, 2025, "Lê Thị Hoa"),
            Doc(demo.Id, DocumentType.BaoCao, $"Báo cáo đánh giá đội ngũ {_m}", "Đánh giá chuẩn nghề nghiệp giáo viên mầm non.", DocumentStatus.Draft, 2026),
            Doc(demo.Id, DocumentType.QuyetDinh, $"Quyết định thành lập đoàn kiểm tra {_m}", "Kiểm tra nội bộ trường học.", DocumentStatus.Issued, 2026, "Trần Văn Đức"),
            Doc(demo.Id, DocumentType.NghiQuyet, $"Nghị quyết đổi mới sinh hoạt chi bộ {_m}", "Nâng cao chất lượng sinh hoạt.", DocumentStatus.Issued, 2026, "Lê Thị Bí Thư", DocumentKind.Party),
            Doc(other.Id, DocumentType.KeHoach, $"Kế hoạch chuyển đổi số trường khác {_m}", "Của trường khác.", DocumentStatus.Issued, 2025, "Người Khác"));
        await db.SaveChangesAsync();
        return (demo.Id, other.Id);
    });

    private async Task<List<string>> FindAsync(ClaimsPrincipal user, DocumentSearchFilter filter)
    {
        using var scope = app.Services.CreateScope();
        await using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.ForSchool(user.SchoolIdOrThrow()));
        var search = new DocumentSearch(db, new DocumentService(db, scope.ServiceProvider.GetRequiredService<SigningKeyStore>(), TimeProvider.System));
        return (await search.OutgoingAsync(user, filter, CancellationToken.None)).Select(r => r.Title).ToList();
    }

    [Fact]
    public async Task An_old_match_that_passes_the_filters_is_found_beyond_the_window_of_newest_matches()
    {
        var school = await app.WithDbAsync(async db =>
        {
            var demo = await db.Schools.OrderBy(s => s.Id).FirstAsync();
            db.Add(Doc(demo.Id, DocumentType.QuyetDinh, $"Quyết định gia hạn {_m}", "Văn bản cũ.", DocumentStatus.Issued, 2039));
            await db.SaveChangesAsync();
            db.AddRange(Enumerable.Range(0, FullTextIndex.Window + 50).Select(i =>
                Doc(demo.Id, DocumentType.ThongBao, $"Thông báo gia hạn {_m} số {i}", "Văn bản mới hơn.", DocumentStatus.Issued, 2040)));
            await db.SaveChangesAsync();
            return demo.Id;
        });
        var clerk = User(school, Roles.Clerk);

        var decisions = await FindAsync(clerk, new DocumentSearchFilter { Text = $"gia han {_m}", TypeCode = DocumentType.QuyetDinh.Code });
        var all = await FindAsync(clerk, new DocumentSearchFilter { Text = $"gia han {_m}" });

        Assert.Equal([$"Quyết định gia hạn {_m}"], decisions);
        Assert.Equal(200, all.Count);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_dd_matches_a_word_being_typed_filters_and_stays_in_the_school()
    {
        var (school, _) = await SeedAsync();
        var clerk = User(school, Roles.Clerk);
        var party = User(school, Roles.Principal, Roles.PartySecretary);

        Assert.Equal([$"Kế hoạch chuyển đổi số năm học {_m}"], await FindAsync(clerk, new() { Text = $"{_m} ke hoach chuyen d" }));
        Assert.Equal([$"Báo cáo đánh giá đội ngũ {_m}"], await FindAsync(clerk, new() { Text = $"{_m} doi ngu" }));
        Assert.Equal([$"Báo cáo đánh giá đội ngũ {_m}"], await FindAsync(clerk, new() { Text = $"ĐỘI NGŨ {_m}" }));
        Assert.Equal([$"Quyết định thành lập đoàn kiểm tra {_m}"], await FindAsync(clerk, new() { Text = $"{_m} doan kiem" }));
        Assert.Empty(await FindAsync(clerk, new() { Text = $"{_m} truong khac" }));
        Assert.Empty(await FindAsync(clerk, new() { Text = $"{_m} sinh hoat chi bo" }));
        Assert.Equal([$"Nghị quyết đổi mới sinh hoạt chi bộ {_m}"], await FindAsync(party, new() { Text = $"{_m} sinh hoat chi bo" }));

        Assert.Equal(3, (await FindAsync(clerk, new() { Text = _m })).Count);
        Assert.Equal([$"Quyết định thành lập đoàn kiểm tra {_m}"], await FindAsync(clerk, new() { Text = _m, TypeCode = DocumentType.QuyetDinh.Code }));
        Assert.Equal([$"Kế hoạch chuyển đổi số năm học {_m}"], await FindAsync(clerk, new() { Text = _m, Year = 2025 }));
        Assert.Equal([$"Quyết định thành lập đoàn kiểm tra {_m}"], await FindAsync(clerk, new() { Text = _m, Signer = "Trần Văn Đức" }));
        Assert.Equal([$"Báo cáo đánh giá đội ngũ {_m}"], await FindAsync(clerk, new() { Text = _m, Status = DocumentStatus.Draft }));

        // The index follows edits and deletions (the context refolds on save; triggers on SQLite, a generated column on PostgreSQL).
        await app.WithDbAsync(async db =>
        {
            var report = await db.Set<OutgoingDocument>().FirstAsync(d => d.Title == $"Báo cáo đánh giá đội ngũ {_m}");
            report.Title = $"Báo cáo tổng kết năm học {_m}";
            db.Remove(await db.Set<OutgoingDocument>().FirstAsync(d => d.Title == $"Quyết định thành lập đoàn kiểm tra {_m}"));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await FindAsync(clerk, new() { Text = $"{_m} doi ngu" }));
        Assert.Equal([$"Báo cáo tổng kết năm học {_m}"], await FindAsync(clerk, new() { Text = $"{_m} tong ket" }));
        Assert.Empty(await FindAsync(clerk, new() { Text = $"{_m} doan kiem" }));
    }

    [Fact]
    public async Task An_issued_document_is_found_by_its_number_and_its_signer_also_after_a_migration_empties_the_folded_text()
    {
        var school = await app.WithDbAsync(async db =>
        {
            var demo = await db.Schools.OrderBy(s => s.Id).FirstAsync();
            var decision = Doc(demo.Id, DocumentType.QuyetDinh, $"Quyết định khen thưởng {_m}", "Khen thưởng giáo viên.", DocumentStatus.Issued, 2026, "Phạm Thị Hạnh");
            decision.Number = 7;
            decision.NumberText = "Số: 07/QĐ-MNĐTVH";
            db.Add(decision);
            await db.SaveChangesAsync();
            return demo.Id;
        });
        var clerk = User(school, Roles.Clerk);
        var title = $"Quyết định khen thưởng {_m}";

        Assert.Equal([title], await FindAsync(clerk, new() { Text = $"{_m} 07/QĐ-MNĐTVH" }));
        Assert.Equal([title], await FindAsync(clerk, new() { Text = $"{_m} qd mndtvh" }));
        Assert.Equal([title], await FindAsync(clerk, new() { Text = $"{_m} pham thi hanh" }));

        // A migration that changes what is folded empties the column; start-up refolds those rows.
        var emptied = await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Title == title).ExecuteUpdateAsync(u => u.SetProperty(d => d.Folded, string.Empty)));
        Assert.Equal(1, emptied);
        Assert.Empty(await FindAsync(clerk, new() { Text = $"{_m} hanh" }));
        Assert.True(await app.WithDbAsync(db => SearchText.RefoldStaleAsync<OutgoingDocument>(db, CancellationToken.None)) >= 1);
        Assert.Equal([title], await FindAsync(clerk, new() { Text = $"{_m} hanh 07" }));
    }

    [Fact]
    public async Task The_register_page_searches_shows_the_retention_date_and_the_school_may_change_the_period()
    {
        await SeedAsync();
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban?q={_m}+ke+hoach+chuyen+d"));
        Assert.Contains($"Kế hoạch chuyển đổi số năm học {_m}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("trường khác", page, StringComparison.Ordinal);
        Assert.Contains("31/12/2045", page, StringComparison.Ordinal); // a plan of 2025, kept 20 years by default
        Assert.DoesNotContain("sinh hoạt chi bộ " + _m, WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban?q={_m}")), StringComparison.Ordinal);

        var fields = DocumentType.All.ToDictionary(t => t.Code, t => RetentionSchedule.DefaultFor(t.Code).Years?.ToString(CultureInfo.InvariantCulture) ?? "");
        fields[DocumentType.KeHoach.Code] = "10";
        var saved = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu thời hạn bảo quản.", saved, StringComparison.Ordinal);
        Assert.Contains("31/12/2035", WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban?q={_m}+ke+hoach")), StringComparison.Ordinal);
        fields[DocumentType.KeHoach.Code] = "abc";
        Assert.Contains("Kế hoạch: số năm phải từ 1 đến 100", WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", fields)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        fields[DocumentType.KeHoach.Code] = "20";
        await FormPoster.PostFormAsync(clerk, "/van-ban/thoi-han-bao-quan", "retention", fields);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Sprout.Web.Modules.Documents.Retention.DocumentRetentionRule>().CountAsync()));
    }

    [Fact]
    public async Task An_attached_pdf_is_searched_by_its_text_and_the_register_says_so()
    {
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var pdf = Sprout.Domain.Documents.Rendering.OfficialPdfRenderer.Render(DocumentService.ToOfficial(new OutgoingDocument
        {
            Kind = DocumentKind.Administrative, TypeCode = DocumentType.HuongDan.Code, Title = "Hướng dẫn phòng bệnh",
            Body = $"Phòng chống dịch bệnh tay chân miệng trong trường mầm non {_m}.", CreatedBy = "x",
        }, new School { Name = "Phòng Giáo dục và Đào tạo", ShortCode = "PGDĐT" }));

        var recorded = await RecordIncomingAsync(clerk, "Hướng dẫn phòng bệnh mùa hè", pdf);
        Assert.Matches("Đã vào sổ, số đến \\d+\\.", recorded);

        var found = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban/den?q=tay+chan+mieng+{_m}"));
        Assert.Contains("Hướng dẫn phòng bệnh mùa hè", found, StringComparison.Ordinal);
        Assert.Contains("Đã trích nội dung để tìm kiếm.", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Hướng dẫn phòng bệnh mùa hè", WebUtility.HtmlDecode(await clerk.GetStringAsync($"/van-ban/den?q={_m}&nam=1999")), StringComparison.Ordinal);

        // The attached file opens from the register, byte for byte, and only within the school.
        var link = System.Text.RegularExpressions.Regex.Match(found, "href=\"(/van-ban/den/(\\d+)\\.pdf)\"");
        Assert.True(link.Success);
        Assert.Equal(pdf, await clerk.GetByteArrayAsync(link.Groups[1].Value));
        var demo = await app.DemoSchoolIdAsync();
        var other = await app.WithDbAsync(db => db.Schools.Where(s => s.Id != demo).Select(s => s.Id).FirstAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, link.Groups[1].Value);
        request.Headers.Add(TestAuthHandler.Header, string.Join(';', Roles.Clerk, $"{ClaimTypes.NameIdentifier}=1", $"{ClaimTypes.Name}=van-thu-khac", $"{SproutClaims.School}={other}"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().SendAsync(request)).StatusCode);
    }

    /// <summary>Records a received document with its PDF through the register's form; returns the page that answers.</summary>
    internal static async Task<string> RecordIncomingAsync(HttpClient clerk, string summary, byte[] pdf)
    {
        var fields = new Dictionary<string, string> { ["sender"] = "Phòng Giáo dục và Đào tạo", ["type"] = DocumentType.HuongDan.Code, ["summary"] = summary };
        var response = await FormPoster.PostFileAsync(clerk, "/van-ban/den", "incoming", fields, "scan", "cong-van.pdf", pdf, "application/pdf");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_scan_over_20_MB_is_refused_with_the_limit_named()
    {
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var pdf = new byte[(int)VerifyPage.MaxBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(pdf);
        var page = await RecordIncomingAsync(clerk, "Tệp quét quá lớn", pdf);
        Assert.Contains("Tệp quét lớn quá 20 MB", page, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<IncomingDocument>().AnyAsync(d => d.Summary == "Tệp quét quá lớn")));
    }

    [Fact]
    public async Task Without_the_tool_or_without_a_text_layer_the_file_is_kept_and_the_outcome_says_why()
    {
        var missing = new PdftotextExtractor(NullLogger<PdftotextExtractor>.Instance, "pdftotext-not-installed");
        Assert.Equal(new PdfText(TextExtraction.Failed, null), await missing.ExtractAsync("%PDF-1.4\n"u8.ToArray(), CancellationToken.None));
        var imageOnly = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
        var real = new PdftotextExtractor(NullLogger<PdftotextExtractor>.Instance);
        Assert.Equal(TextExtraction.NoText, (await real.ExtractAsync(imageOnly, CancellationToken.None)).Outcome);
    }
}
