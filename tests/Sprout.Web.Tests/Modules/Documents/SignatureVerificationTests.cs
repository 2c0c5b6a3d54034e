using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>The public verification page gives three answers and never calls a self-made certificate valid.</summary>
[Collection(AppCollection.Name)]
public class SignatureVerificationTests(SproutAppFactory app)
{
    internal static byte[] SamplePdf() => OfficialPdfRenderer.Render(new OfficialDocument
    {
        Type = DocumentType.ThongBao,
        ParentBody = "UBND PHƯỜNG VIỆT HƯNG",
        IssuingBody = "TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG",
        Place = "Việt Hưng",
        Date = new DateOnly(2026, 11, 30),
        Title = "Thông báo lịch họp phụ huynh",
        BodyMarkdown = "Nhà trường tổ chức họp phụ huynh vào sáng thứ Bảy.",
        Signature = new SignatureBlock(["HIỆU TRƯỞNG"], "Nguyễn Thị Lan"),
        Recipients = ["Lưu: VT"],
    });

    internal static async Task<(HttpStatusCode Status, string Html)> VerifyAsync(HttpClient client, byte[] pdf)
    {
        var response = await FormPoster.PostFileAsync(client, "/xac-minh-chu-ky", "verify", new Dictionary<string, string>(), "pdf", "van-ban.pdf", pdf, "application/pdf");
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_signature_by_the_schools_demo_CA_is_valid_and_labelled_a_test_signature()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        byte[] signed;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            using var signer = await scope.ServiceProvider.GetRequiredService<SigningKeyStore>()
                .GetSignerAsync(schoolId, $"user:verify-{Guid.NewGuid():N}"[..24], "Nguyễn Thị Lan", "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None);
            signed = PdfSigner.Sign(SamplePdf(), signer.CmsSigner, null, DateTimeOffset.UtcNow);
        }

        var (status, html) = await VerifyAsync(app.CreateBrowserLikeClient(), signed);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Hợp lệ: chữ ký đúng và bao trùm toàn bộ tài liệu.", html, StringComparison.Ordinal);
        Assert.Contains("Chữ ký thử nghiệm", html, StringComparison.Ordinal);
        Assert.Contains("Tài liệu không thay đổi kể từ khi ký", html, StringComparison.Ordinal);
        Assert.Contains("Do tổ chức chứng thực tin cậy cấp (Trường Mầm non Đô Thị Việt Hưng Demo CA)", html, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Lan", html, StringComparison.Ordinal);
        // Its root can be downloaded and is the one that issued the signer.
        var root = await app.CreateBrowserLikeClient().GetByteArrayAsync($"/xac-minh-chu-ky/goc/{schoolId}.cer");
        Assert.Equal("CN=Trường Mầm non Đô Thị Việt Hưng Demo CA, O=Trường Mầm non Đô Thị Việt Hưng, C=VN", X509CertificateLoader.LoadCertificate(root).Subject);
    }

    [Fact]
    public async Task A_self_signed_certificate_in_the_principals_name_is_not_valid()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Nguyễn Thị Lan, O=Trường Mầm non Đô Thị Việt Hưng, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var selfMade = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        var (status, html) = await VerifyAsync(app.CreateBrowserLikeClient(), PdfSigner.Sign(SamplePdf(), selfMade, null, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Hợp lệ:", html, StringComparison.Ordinal);
        Assert.Contains("Không hợp lệ: chứng thư số không do tổ chức chứng thực tin cậy cấp", html, StringComparison.Ordinal);
        Assert.Contains("Chứng thư tự tạo hoặc do tổ chức không có trong danh sách tin cậy cấp", html, StringComparison.Ordinal);
        Assert.Contains("Tài liệu không thay đổi kể từ khi ký", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_signature_is_an_invalid_file_not_a_server_error()
    {
        using var key = RSA.Create(2048);
        using var selfMade = new CertificateRequest("CN=A", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var text = System.Text.Encoding.Latin1.GetString(PdfSigner.Sign(SamplePdf(), selfMade, null, DateTimeOffset.UtcNow));
        var at = text.LastIndexOf("/ByteRange", StringComparison.Ordinal);
        var malformed = System.Text.Encoding.Latin1.GetBytes(text[..at] + "/ByteRange [0 99999999999999999999999 1 2]" + text[(text.IndexOf(']', at) + 1)..]);

        var (status, html) = await VerifyAsync(app.CreateBrowserLikeClient(), malformed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Tệp không hợp lệ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_with_its_limit()
    {
        var pdf = new byte[(20 * 1024 * 1024) + 1];
        "%PDF-1.7\n"u8.CopyTo(pdf);

        var (status, html) = await VerifyAsync(app.CreateBrowserLikeClient(), pdf);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Tệp lớn hơn 20 MB.", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> AsAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private static async Task<string> ActAsync(HttpClient client, int id, string action, IDictionary<string, string>? fields = null)
    {
        var all = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["action"] = action };
        all.TryAdd("comment", "Đồng ý.");
        return WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(client, $"/van-ban/{id}", "document-actions", all)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editing_after_approval_sends_the_document_back_to_review_and_only_the_approved_text_is_signed()
    {
        var clerk = await AsAsync("vanthu@mnviethung.edu.vn");
        var created = await FormPoster.PostFormAsync(clerk, "/van-ban/moi", "new-document", new Dictionary<string, string>
        {
            ["kind"] = "Administrative", ["type"] = DocumentType.ThongBao.Code, ["title"] = "Thông báo nghỉ Tết Dương lịch",
            ["body"] = "Trẻ nghỉ học ngày 01/01.", ["recipients"] = "Phụ huynh; Lưu: VT",
        });
        var id = int.Parse(created.LocalRedirect()["/van-ban/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var vice = await AsAsync("phohieutruong@mnviethung.edu.vn");
        var principal = await AsAsync("hieutruong@mnviethung.edu.vn");
        await ActAsync(clerk, id, "submit");
        Assert.Contains("Đã duyệt phiên bản 1", await ActAsync(vice, id, "approve"), StringComparison.Ordinal);

        var edited = await ActAsync(clerk, id, "save", new Dictionary<string, string> { ["title"] = "Thông báo nghỉ Tết Dương lịch", ["body"] = "Trẻ nghỉ học ngày 01/01 và 02/01.", ["recipients"] = "Phụ huynh; Lưu: VT" });
        Assert.Contains("Văn bản được sửa sau khi duyệt nên phải trình duyệt lại.", edited, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.InReview, await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.Contains("cần ở bước \"Đã duyệt\"", await ActAsync(principal, id, "sign"), StringComparison.Ordinal);

        await ActAsync(vice, id, "approve");
        // A change that bypasses the service (e.g. straight in the database) is caught by the approved text's hash.
        await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Body, "Trẻ nghỉ học cả tuần.")));
        Assert.Contains("Nội dung văn bản khác với bản đã duyệt", await ActAsync(principal, id, "sign"), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Body, "Trẻ nghỉ học ngày 01/01 và 02/01.")));

        var signedPage = await ActAsync(principal, id, "sign");
        Assert.Contains("Đã ký phiên bản đã duyệt số 2.", signedPage, StringComparison.Ordinal);
        Assert.Contains("chữ ký thử nghiệm", signedPage, StringComparison.Ordinal);
        var pdf = await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).Select(d => d.SignedPdf!).SingleAsync());
        var check = Assert.Single(PdfSignatureVerifier.Verify(pdf));
        Assert.StartsWith("Ký phiên bản đã duyệt số 2 (SHA-256 ", check.Reason, StringComparison.Ordinal);
        Assert.Contains("Ký phiên bản đã duyệt số 2", (await VerifyAsync(app.CreateBrowserLikeClient(), pdf)).Html, StringComparison.Ordinal);
    }
}

/// <summary>A production-like host: no demo certificates, and a strict limit on verification posts.</summary>
public sealed class ProductionSigningFactory : SproutAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Signing:DemoCertificates"] = "false",
        ["Security:VerifyPermitsPerMinute"] = "3",
        ["Demo:Schools"] = "1",
    };
}

public class ProductionSigningTests(ProductionSigningFactory app) : IClassFixture<ProductionSigningFactory>
{
    [Fact]
    public async Task Without_demo_certificates_a_signer_without_a_certificate_is_told_to_upload_one()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<SigningKeyStore>();

        var refused = await Assert.ThrowsAsync<DocumentRuleException>(() =>
            keys.GetSignerAsync(schoolId, "user:no-certificate", "Nguyễn Thị Lan", "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None));

        Assert.Contains("Bạn chưa có chứng thư số để ký. Vui lòng tải lên tệp chứng thư số .p12", refused.Message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SigningKey>().IgnoreQueryFilters().AnyAsync(k => k.Owner == SigningKeyStore.SchoolAuthorityOwner || k.Owner == "user:no-certificate")));
    }

    [Fact]
    public async Task The_school_CA_an_admin_creates_issues_trusted_not_demo_signatures()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        byte[] signed;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<SigningKeyStore>();
            using var root = await keys.CreateSchoolAuthorityAsync(schoolId, "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None);
            using var signer = await keys.GetSignerAsync(schoolId, "user:school-ca", "Nguyễn Thị Lan", "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None);
            signed = PdfSigner.Sign(SignatureVerificationTests.SamplePdf(), signer.CmsSigner, null, DateTimeOffset.UtcNow);
            await Assert.ThrowsAsync<DocumentRuleException>(() => keys.CreateSchoolAuthorityAsync(schoolId, "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None));
        }

        // Through the trust list the page uses (not the page itself: its posts are rate limited in this host).
        await using var verifier = app.Services.CreateAsyncScope();
        var roots = await verifier.ServiceProvider.GetRequiredService<SignatureTrustList>().RootsAsync(CancellationToken.None);
        var check = Assert.Single(PdfSignatureVerifier.Inspect(signed, roots).Signatures);

        Assert.True(check.IsValid, string.Join("; ", check.ChainProblems));
        Assert.False(check.Demo);
        Assert.Equal("Trường Mầm non Đô Thị Việt Hưng CA", check.IssuerName);
    }

    [Fact]
    public async Task Verification_posts_are_rate_limited_per_address_but_the_page_is_not()
    {
        var client = app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SignatureVerificationTests.VerifyAsync(client, "không phải pdf"u8.ToArray())).Status);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s != HttpStatusCode.TooManyRequests) <= 3);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/xac-minh-chu-ky")).StatusCode);
    }
}
