using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>A signer's .p12 is bounded at 1 MB before it is read, and the refusal leaves the stored keys as they were.</summary>
[Collection(AppCollection.Name)]
public class CertificateUploadLimitTests(SproutAppFactory app)
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public async Task A_certificate_file_one_byte_over_1_MB_is_refused_in_Vietnamese_and_stores_nothing_while_a_real_p12_is_kept()
    {
        var vice = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(vice, $"phohieutruong@{DemoAccounts.Domain}", DemoAccounts.Password);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == $"phohieutruong@{DemoAccounts.Domain}").Select(u => u.Id).FirstAsync());
        var owner = $"user:{userId}";
        Task<List<string>> StoredAsync() => app.WithDbAsync(async db =>
            (await db.Set<SigningKey>().Where(k => k.Owner == owner).ToListAsync()).Select(k => $"{k.Id}:{Convert.ToBase64String(k.ProtectedPkcs12)}").ToList());
        var now = DateTimeOffset.UtcNow;
        using var ca = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", now);
        using var signer = ca.IssueSigner("Phó hiệu trưởng", now);
        var p12 = ca.ExportPkcs12(signer, "dung");
        var before = await StoredAsync();

        // A real certificate padded past the limit: refused on its size, whatever its content.
        var oversized = new byte[Limit + 1];
        p12.CopyTo(oversized, 0);
        var (tooLargeStatus, tooLarge) = await UploadAsync(vice, oversized, "dung");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLargeStatus);
        Assert.Contains("Vui lòng chọn tệp .p12 (tối đa 1 MB).", tooLarge, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());

        Assert.True(p12.Length < Limit);
        var (okStatus, saved) = await UploadAsync(vice, p12, "dung");

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Contains("Đã lưu chứng thư số.", saved, StringComparison.Ordinal);
        var after = await StoredAsync();
        Assert.Single(after);
        Assert.NotEqual(before, after);
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient client, byte[] p12, string password)
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
        var response = await client.PostAsync("/van-ban/chung-thu", content);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
