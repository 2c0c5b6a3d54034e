using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

[Collection(AppCollection.Name)]
public class DocumentsTests(SproutAppFactory app)
{
    private static string Tool(string tool, params string[] args) => ExternalTool.Run(tool, args);

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string action, string comment = "") =>
        FormPoster.PostFormAsync(client, $"/van-ban/{id}", "document-actions", new Dictionary<string, string> { ["action"] = action, ["comment"] = comment });

    private async Task<HttpClient> AsAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private static async Task<string> VerifyAsync(HttpClient client, byte[] pdf)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, "/xac-minh-chu-ky");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("verify"), "_handler" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "pdf", "van-ban.pdf");
        return WebUtility.HtmlDecode(await (await client.PostAsync("/xac-minh-chu-ky", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_plan_goes_from_draft_to_issued_with_two_valid_signatures_and_then_cannot_change()
    {
        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");
        var created = await FormPoster.PostFormAsync(clerk, "/van-ban/moi", "new-document", new Dictionary<string, string>
        {
            ["kind"] = "Administrative", ["type"] = DocumentType.KeHoach.Code, ["title"] = "Kế hoạch chuyển đổi số năm học",
            ["body"] = "Nhà trường đẩy mạnh ứng dụng công nghệ thông tin trong quản lý và dạy học.", ["recipients"] = "Đảng ủy phường; Lưu: VT",
        });
        var id = int.Parse(created.LocalRedirect()["/van-ban/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var tooEarly = WebUtility.HtmlDecode(await (await ActAsync(clerk, id, "sign")).Content.ReadAsStringAsync());
        Assert.Contains("văn bản đang ở bước \"Dự thảo\", cần ở bước \"Đã duyệt\"", tooEarly, StringComparison.Ordinal);
        await ActAsync(clerk, id, "submit");
        var clerkApproves = WebUtility.HtmlDecode(await (await ActAsync(clerk, id, "approve")).Content.ReadAsStringAsync());
        Assert.Contains("Bạn không có quyền thực hiện bước này.", clerkApproves, StringComparison.Ordinal);

        var vice = await AsAsync("phohieutruong@mnviethung.edu.vn");
        await ActAsync(vice, id, "approve", "Đồng ý trình ký.");
        var principal = await AsAsync("hieutruong@mnviethung.edu.vn");
        await ActAsync(principal, id, "sign");
        var issued = WebUtility.HtmlDecode(await (await ActAsync(clerk, id, "issue")).Content.ReadAsStringAsync());
        Assert.Contains("Đã ban hành", issued, StringComparison.Ordinal);
        Assert.Matches(@"Số: \d{2,}/KH-MNĐTVH", issued);

        var pdf = await clerk.GetByteArrayAsync($"/van-ban/{id}.pdf");
        var file = Path.Combine(Path.GetTempPath(), $"sprout-doc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var pdfsig = Tool("pdfsig", file);
            Assert.Equal(2, pdfsig.Split("Signature is Valid.").Length - 1);
            Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
            Assert.Contains("Kế hoạch chuyển đổi số năm học", Tool("pdftotext", file, "-").Normalize(), StringComparison.Ordinal);
            Assert.Contains("No syntax or stream encoding errors", Tool("qpdf", "--check", file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        var verified = await VerifyAsync(app.CreateBrowserLikeClient(), pdf);
        Assert.Contains("Hợp lệ: chữ ký đúng và bao trùm toàn bộ tài liệu.", verified, StringComparison.Ordinal);
        var tampered = (byte[])pdf.Clone();
        var at = tampered.AsSpan().IndexOf("/Contents"u8) is var i && i > 200 ? i - 100 : tampered.Length / 4;
        tampered[at] ^= 0x01;
        Assert.Contains("Chữ ký không hợp lệ", await VerifyAsync(app.CreateBrowserLikeClient(), tampered), StringComparison.Ordinal);
        Assert.Contains("Tệp không phải PDF.", await VerifyAsync(app.CreateBrowserLikeClient(), "không phải pdf"u8.ToArray()), StringComparison.Ordinal);

        var edit = await FormPoster.PostFormAsync(clerk, $"/van-ban/{id}", "document-actions", new Dictionary<string, string> { ["action"] = "save", ["title"] = "Sửa", ["body"] = "Sửa", ["recipients"] = "" });
        Assert.Contains("Văn bản đã ký số không được sửa.", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(pdf, await clerk.GetByteArrayAsync($"/van-ban/{id}.pdf"));
    }

    [Fact]
    public async Task Drafting_from_a_template_fills_the_body_and_the_type()
    {
        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");

        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync("/van-ban/moi?mau=quyet-dinh"));

        Assert.Contains("<option value=\"quyet-dinh\" selected", html, StringComparison.Ordinal);
        Assert.Contains("**QUYẾT ĐỊNH:**", html, StringComparison.Ordinal);
        Assert.Contains("**Điều 1.**", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_clerks_issuing_at_once_get_twenty_consecutive_numbers()
    {
        var (schoolId, user) = await app.WithDbAsync(async db =>
        {
            var clerk = await db.Users.FirstAsync(u => u.Email == "vanthu@mnviethung.edu.vn");
            return (clerk.SchoolId!.Value, clerk);
        });
        var ids = await app.WithDbAsync(async db =>
        {
            var docs = Enumerable.Range(0, 20).Select(i => new OutgoingDocument
            {
                SchoolId = schoolId, Kind = DocumentKind.Administrative, TypeCode = DocumentType.ThongBao.Code, Title = $"Thông báo số {i}",
                Body = "Nội dung", Status = DocumentStatus.Approved, Year = 2031, CreatedBy = "Văn thư",
            }).ToList();
            db.AddRange(docs);
            await db.SaveChangesAsync();
            return docs.Select(d => d.Id).ToList();
        });
        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.ForSchool(schoolId));
            await using (db)
            {
                var service = new DocumentService(db, scope.ServiceProvider.GetRequiredService<SigningKeyStore>(), TimeProvider.System);
                var document = await db.Set<OutgoingDocument>().FirstAsync(d => d.Id == id);
                await service.AllocateNumberAsync(document, CancellationToken.None);
            }
        })));
        var numbers = await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Year == 2031).Select(d => d.Number!.Value).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 20), numbers);
        Assert.Equal(user.SchoolId, schoolId);
    }

    [Fact]
    public async Task Party_documents_are_numbered_per_type_through_the_committees_term_not_per_year()
    {
        // HD 36-HD/VPTW: from 01 for each type through the term. Another school, with its own term, keeps this test apart.
        var schoolId = await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.OrderBy(s => s.Id).Skip(1).FirstAsync();
            school.PartyTermStart = new DateOnly(2032, 1, 1);
            await db.SaveChangesAsync();
            return school.Id;
        });
        async Task<string?> IssueAsync(DocumentKind kind, DocumentType type, int year)
        {
            using var scope = app.Services.CreateScope();
            await using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.ForSchool(schoolId));
            var document = new OutgoingDocument
            {
                SchoolId = schoolId, Kind = kind, TypeCode = type.Code, Title = "Văn bản", Body = "Nội dung", Status = DocumentStatus.Approved,
                Year = year, IssuedOn = new DateOnly(year, 6, 1), CreatedBy = "Văn thư",
            };
            db.Add(document);
            await db.SaveChangesAsync();
            await new DocumentService(db, scope.ServiceProvider.GetRequiredService<SigningKeyStore>(), TimeProvider.System).AllocateNumberAsync(document, CancellationToken.None);
            return document.NumberText;
        }

        Assert.Equal("Số 01-KH/CB", await IssueAsync(DocumentKind.Party, DocumentType.KeHoach, 2032));
        Assert.Equal("Số 02-KH/CB", await IssueAsync(DocumentKind.Party, DocumentType.KeHoach, 2033));
        Assert.Equal("Số 01-BC/CB", await IssueAsync(DocumentKind.Party, DocumentType.BaoCao, 2033));
        Assert.Equal("Số 01-QĐ/CB", await IssueAsync(DocumentKind.Party, DocumentType.QuyDinh, 2033));
        Assert.Equal("Số 02-QĐ/CB", await IssueAsync(DocumentKind.Party, DocumentType.QuyetDinh, 2033));
        // State documents still run per year, every type together.
        Assert.StartsWith("Số: 01/", await IssueAsync(DocumentKind.Administrative, DocumentType.KeHoach, 2034));
        Assert.StartsWith("Số: 02/", await IssueAsync(DocumentKind.Administrative, DocumentType.BaoCao, 2034));
        Assert.StartsWith("Số: 01/", await IssueAsync(DocumentKind.Administrative, DocumentType.KeHoach, 2035));
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_party_documents_stay_with_the_party()
    {
        var secretary = await AsAsync("hieutruong@mnviethung.edu.vn");
        await FormPoster.PostFormAsync(secretary, "/van-ban/moi", "new-document", new Dictionary<string, string>
        {
            ["kind"] = "Party", ["type"] = DocumentType.NghiQuyet.Code, ["title"] = "Nghị quyết Đề án đổi mới sinh hoạt chi bộ", ["body"] = "Nội dung nghị quyết.", ["recipients"] = "Đảng ủy phường",
        });
        var found = WebUtility.HtmlDecode(await secretary.GetStringAsync("/van-ban?q=de+an+doi+moi"));
        Assert.Contains("Nghị quyết Đề án đổi mới sinh hoạt chi bộ", found, StringComparison.Ordinal);

        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");
        Assert.DoesNotContain("Đề án đổi mới sinh hoạt chi bộ", WebUtility.HtmlDecode(await clerk.GetStringAsync("/van-ban?q=de+an")), StringComparison.Ordinal);
        var partyId = await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Kind == DocumentKind.Party).Select(d => d.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/van-ban/{partyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/van-ban/{partyId}.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_signer_uploads_their_own_certificate_and_a_wrong_password_or_expired_one_is_refused()
    {
        var vice = await AsAsync("phohieutruong@mnviethung.edu.vn");
        var now = DateTimeOffset.UtcNow;
        using var ca = Sprout.Domain.Documents.Signing.DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", now);
        using var good = ca.IssueSigner("Phó hiệu trưởng", now);
        using var oldCa = Sprout.Domain.Documents.Signing.DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", now.AddYears(-5));
        using var expired = oldCa.IssueSigner("Phó hiệu trưởng", now.AddYears(-5), validYears: 1);

        Assert.Contains("mật khẩu sai", await UploadP12Async(vice, ca.ExportPkcs12(good, "dung"), "sai"), StringComparison.Ordinal);
        Assert.Contains("không còn hiệu lực", await UploadP12Async(vice, oldCa.ExportPkcs12(expired, "dung"), "dung"), StringComparison.Ordinal);
        Assert.Contains("Đã lưu chứng thư số.", await UploadP12Async(vice, ca.ExportPkcs12(good, "dung"), "dung"), StringComparison.Ordinal);

        var stored = await app.WithDbAsync(db => db.Set<SigningKey>().Where(k => k.Owner.StartsWith("user:")).Select(k => k.ProtectedPkcs12).ToListAsync());
        // Encrypted at rest: the stored bytes are not a PKCS#12 anyone could open.
        Assert.All(stored, bytes => Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(bytes, null)));
    }

    private static async Task<string> UploadP12Async(HttpClient client, byte[] p12, string password)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, "/van-ban/chung-thu");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("certificate"), "_handler" },
            { new StringContent(password), "password" },
        };
        var file = new ByteArrayContent(p12);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-pkcs12");
        content.Add(file, "p12", "chung-thu.p12");
        return WebUtility.HtmlDecode(await (await client.PostAsync("/van-ban/chung-thu", content)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_huge_upload_is_refused_with_a_Vietnamese_page_before_it_is_read()
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(new byte[40 * 1024 * 1024]), "pdf", "qua-lon.pdf");
        var response = await app.CreateBrowserLikeClient().PostAsync("/xac-minh-chu-ky", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Tệp quá lớn", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incoming_documents_get_arrival_numbers_in_order_and_are_found_without_diacritics()
    {
        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");
        var first = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(clerk, "/van-ban/den", "incoming", new Dictionary<string, string>
        {
            ["sender"] = "Phòng Giáo dục và Đào tạo", ["their"] = "125/PGDĐT-MN", ["type"] = DocumentType.CongVan.Code, ["summary"] = "Về việc tổ chức Hội thi giáo viên dạy giỏi",
        })).Content.ReadAsStringAsync());
        Assert.Matches("Đã vào sổ, số đến \\d+\\.", first);
        var missing = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(clerk, "/van-ban/den", "incoming", new Dictionary<string, string> { ["summary"] = "Thiếu cơ quan gửi" })).Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng nhập cơ quan gửi và trích yếu.", missing, StringComparison.Ordinal);
        Assert.Contains("value=\"Thiếu cơ quan gửi\"", missing, StringComparison.Ordinal);
        await FormPoster.PostFormAsync(clerk, "/van-ban/den", "incoming", new Dictionary<string, string> { ["sender"] = "Đảng ủy phường Việt Hưng", ["summary"] = "Hướng dẫn đại hội chi bộ" });
        // This year's register of this school: other tests file documents in other years and in the second school.
        var school = await app.DemoSchoolIdAsync();
        var year = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System).Year;
        var numbers = await app.WithDbAsync(db => db.Set<IncomingDocument>().Where(d => d.SchoolId == school && d.Year == year)
            .OrderBy(d => d.Id).Select(d => d.ArrivalNumber).ToListAsync());
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        var found = WebUtility.HtmlDecode(await clerk.GetStringAsync("/van-ban/den?q=hoi+thi+giao+vien"));
        Assert.Contains("Về việc tổ chức Hội thi giáo viên dạy giỏi", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Hướng dẫn đại hội chi bộ", found, StringComparison.Ordinal);
    }
}
