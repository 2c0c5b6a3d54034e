using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.ContactBook;

[Collection(AppCollection.Name)]
public class ContactBookTests(SproutAppFactory app)
{
    private const string Day = "2026-11-03";

    private Task<int> ParentsChildAsync() => app.WithDbAsync(db =>
        db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());

    internal static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(800, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Orange);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }

    [Fact]
    public async Task Teacher_writes_the_day_with_a_photo_and_only_that_childs_parents_see_it()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var childId = await ParentsChildAsync();
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"/lop/{classId}/so-lien-lac?ngay={Day}";
        // The notes and the photo go in the card's one form, one post.
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, url);
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent($"card-{childId}"), "_handler" },
            { new StringContent("AteAll"), "eating" }, { new StringContent("Good"), "sleeping" }, { new StringContent("Sạch sẽ"), "hygiene" },
            { new StringContent("Vẽ tranh gia đình"), "activities" }, { new StringContent("Con mạnh dạn phát biểu."), "comment" },
        };
        var photo = new ByteArrayContent(Jpeg());
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        upload.Add(photo, "photo", "anh.jpg");
        var uploaded = await teacher.PostAsync(url, upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Contains("Đã lưu sổ liên lạc của trẻ.", WebUtility.HtmlDecode(await uploaded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var photoId = await app.WithDbAsync(db => db.Set<ChildPhoto>().Where(p => p.ChildId == childId).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());

        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/so-lien-lac?ngay={Day}"));
        Assert.Contains("Ăn hết suất", page, StringComparison.Ordinal);
        Assert.Contains("Con mạnh dạn phát biểu.", page, StringComparison.Ordinal);
        Assert.Contains($"/anh/{photoId}.jpg", page, StringComparison.Ordinal);
        var image = await parent.GetAsync($"/anh/{photoId}.jpg");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        // A thumbnail in the size the phone needs, the whole photo one tap away.
        Assert.Contains($"srcset=\"/anh/{photoId}.jpg?w=160 160w, /anh/{photoId}.jpg?w=320 320w, /anh/{photoId}.jpg?w=640 640w, /anh/{photoId}.jpg 800w\"", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/anh/{photoId}.jpg\" class=\"photo-link\">", page, StringComparison.Ordinal);
        using (var thumb = SKBitmap.Decode(await parent.GetByteArrayAsync($"/anh/{photoId}.jpg?w=160")))
        {
            Assert.Equal((160, 120), (thumb.Width, thumb.Height));
        }

        // Another family, signed in as a parent of a different child, gets nothing.
        var stranger = await StrangerParentAsync(childId);
        foreach (var path in new[] { $"/anh/{photoId}.jpg", $"/con-toi/{childId}/so-lien-lac?ngay={Day}", $"/con-toi/{childId}/tin-nhan" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(TestAuthHandler.Header, stranger);
            Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task Messages_are_threaded_per_child_with_read_receipts()
    {
        var childId = await ParentsChildAsync();
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var sent = await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/tin-nhan", "message", new Dictionary<string, string> { ["Input.Body"] = "Cô ơi, chiều nay bà đón cháu ạ." });
        var html = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());
        Assert.Contains("Cô ơi, chiều nay bà đón cháu ạ.", html, StringComparison.Ordinal);
        Assert.Contains("chưa xem", html, StringComparison.Ordinal);

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var thread = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/tre/{childId}/tin-nhan"));
        Assert.Contains("Cô ơi, chiều nay bà đón cháu ạ.", thread, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<ContactMessage>().AnyAsync(m => m.ChildId == childId && !m.FromSchool && m.ReadAt != null)));
        Assert.Contains("đã xem lúc", WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/tin-nhan")), StringComparison.Ordinal);

        var empty = await FormPoster.PostFormAsync(teacher, $"/tre/{childId}/tin-nhan", "message", new Dictionary<string, string> { ["Input.Body"] = "" });
        Assert.Contains("Vui lòng nhập nội dung tin nhắn.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    /// <summary>The claims a real parent of another child would carry.</summary>
    private Task<string> StrangerParentAsync(int notThisChild) => app.WithDbAsync(async db =>
    {
        var guardian = await db.ChildGuardians.Where(cg => cg.ChildId != notThisChild && cg.Child!.Classroom!.Name == "Lớn A1")
            .Select(cg => new { cg.GuardianId, cg.SchoolId }).FirstAsync();
        return string.Join(';', Roles.Parent, $"{ClaimTypes.NameIdentifier}=999999", $"{ClaimTypes.Name}=0900000000",
            $"{SproutClaims.School}={guardian.SchoolId.ToString(CultureInfo.InvariantCulture)}", $"{SproutClaims.Guardian}={guardian.GuardianId.ToString(CultureInfo.InvariantCulture)}");
    });
}
