using System.Net;
using SkiaSharp;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Branding;

[Collection(AppCollection.Name)]
public class LogoTests(SproutAppFactory app)
{
    private static byte[] Png(int size)
    {
        using var bitmap = new SKBitmap(size, size);
        bitmap.Erase(new SKColor(0x1b, 0x5e, 0x20));
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task The_admin_uploads_the_logo_and_every_page_header_shows_it_with_the_school_name_then_removes_it()
    {
        var admin = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(admin, "quantri@mnviethung.edu.vn", DemoAccounts.Password);
        var before = WebUtility.HtmlDecode(await admin.GetStringAsync("/lop"));
        Assert.Contains("<span class=\"brand-name\">Trường Mầm non Đô Thị Việt Hưng</span>", before, StringComparison.Ordinal);
        Assert.Contains("sprite.svg#i-plant-2", before, StringComparison.Ordinal);

        var saved = await FormPoster.PostFileAsync(admin, "/quan-tri/logo", "upload-logo", new Dictionary<string, string>(), "logo", "logo.png", Png(600), "image/png");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Đã lưu logo.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var page = await teacher.GetStringAsync("/lop");
        var src = System.Text.RegularExpressions.Regex.Match(page, "<img class=\"brand-logo\" src=\"(/truong/logo\\?v=\\d+)\"").Groups[1].Value;
        Assert.NotEmpty(src);
        var logo = await teacher.GetAsync(src);
        Assert.Equal("image/jpeg", logo.Content.Headers.ContentType!.MediaType);
        using (var decoded = SKBitmap.Decode(await logo.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(256, decoded.Width); // re-encoded and made small
        }

        var removed = await FormPoster.PostFormAsync(admin, "/quan-tri/logo", "remove-logo", new Dictionary<string, string>());
        Assert.Contains("Đã bỏ logo của trường.", WebUtility.HtmlDecode(await removed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/truong/logo")).StatusCode);
    }

    /// <summary>Issue 14: the school's own logo also heads its public portal and the sheets people print.</summary>
    [Fact]
    public async Task The_logo_shows_on_the_public_portal_and_on_printed_sheets_and_is_served_to_anyone()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var classId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id)));
        var admin = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(admin, "quantri@mnviethung.edu.vn", DemoAccounts.Password);
        var anyone = app.CreateBrowserLikeClient();
        Assert.DoesNotContain("brand-logo", await anyone.GetStringAsync($"/cong-khai/{schoolId}"), StringComparison.Ordinal);

        await FormPoster.PostFileAsync(admin, "/quan-tri/logo", "upload-logo", new Dictionary<string, string>(), "logo", "logo.png", Png(300), "image/png");
        try
        {
            foreach (var path in new[] { $"/cong-khai/{schoolId}", $"/cong-khai/{schoolId}/van-ban", $"/cong-khai/thuc-don/{schoolId}" })
            {
                var portal = WebUtility.HtmlDecode(await anyone.GetStringAsync(path));
                var src = System.Text.RegularExpressions.Regex.Match(portal, $"<img class=\"brand-logo\" src=\"(/cong-khai/{schoolId}/logo\\?v=\\d+)\"").Groups[1].Value;
                Assert.True(src.Length > 0, $"{path} shows no logo");
                Assert.Matches("<p class=\"portal-brand\">\\s*<img class=\"brand-logo\"[^>]*>\\s*<span>Trường Mầm non Đô Thị Việt Hưng</span>", portal);
                var logo = await anyone.GetAsync(src);
                Assert.Equal(HttpStatusCode.OK, logo.StatusCode);
                Assert.Equal("image/jpeg", logo.Content.Headers.ContentType!.MediaType);
            }

            var teacher = app.CreateBrowserLikeClient();
            await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
            foreach (var path in new[] { $"/lop/{classId}/so-diem-danh", "/thuc-don/tuan-nay" })
            {
                var sheet = await teacher.GetStringAsync(path);
                Assert.Matches("<div class=\"print-only print-header\">\\s*<img class=\"print-logo\" src=\"/truong/logo\\?v=\\d+\"", sheet);
            }
        }
        finally
        {
            await FormPoster.PostFormAsync(admin, "/quan-tri/logo", "remove-logo", new Dictionary<string, string>());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/cong-khai/{schoolId}/logo")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_Vietnamese_message()
    {
        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var response = await FormPoster.PostFileAsync(principal, "/quan-tri/logo", "upload-logo", new Dictionary<string, string>(), "logo", "logo.png", "không phải ảnh"u8.ToArray(), "image/png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tệp không phải ảnh JPEG, PNG hoặc WebP hợp lệ.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
