using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.ContactBook;

/// <summary>The class photo album: teachers post, the class's families see, nobody else does.</summary>
[Collection(AppCollection.Name)]
public class ClassAlbumTests(SproutAppFactory app)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    private async Task<int> LonA1Async() => int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);

    private Task<int> ParentsChildAsync() => app.WithDbAsync(db =>
        db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).OrderBy(cg => cg.ChildId).Select(cg => cg.ChildId).FirstAsync());

    private Task<int> OtherClassAsync() => app.WithDbAsync(db => db.Classrooms.Where(c => c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private async Task<HttpClient> SignedInAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    /// <summary>Every child of the class has their family's consent, or (with false) the first child has none.</summary>
    private Task<int> SetConsentAsync(int classId, bool everyone) => app.WithDbAsync(async db =>
    {
        var children = await db.Children.Where(c => c.ClassroomId == classId).OrderBy(c => c.Id).ToListAsync();
        foreach (var c in children)
        {
            c.ConsentGivenAt ??= DateTimeOffset.UtcNow.AddDays(-10);
            c.ConsentGivenBy ??= "Phụ huynh";
            c.ConsentWithdrawnAt = null;
        }
        if (!everyone)
        {
            children[0].ConsentWithdrawnAt = DateTimeOffset.UtcNow.AddDays(-1);
        }
        await db.SaveChangesAsync();
        return children[0].Id;
    });

    private static byte[] Jpeg(SKColor color)
    {
        using var bitmap = new SKBitmap(1600, 1200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }

    private static async Task<HttpResponseMessage> PostPhotosAsync(HttpClient client, string url, IDictionary<string, string> fields, params byte[][] photos)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, url);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("upload"), "_handler" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        for (var i = 0; i < photos.Length; i++)
        {
            var file = new ByteArrayContent(photos[i]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "photos", $"anh{i}.jpg");
        }
        return await client.PostAsync(url, content);
    }

    private Task<List<ClassPhoto>> PhotosAsync(int classId, DateOnly day) => app.WithDbAsync(db =>
        db.Set<ClassPhoto>().AsNoTracking().Where(p => p.ClassroomId == classId && p.Date == day).OrderBy(p => p.Id).ToListAsync());

    /// <summary>The family's album page (newest days first) that shows the photo: other tests post on other days.</summary>
    private static async Task<string> AlbumPageShowingAsync(HttpClient parent, int childId, int photoId)
    {
        for (var number = 1; number <= 10; number++)
        {
            var page = WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/album-anh?trang={number}"));
            if (page.Contains($"/album/{photoId}.jpg", StringComparison.Ordinal))
            {
                return page;
            }
        }
        throw new Xunit.Sdk.XunitException($"Photo {photoId} is on none of the album's first 10 pages.");
    }

    private Task<int> AlbumNoticesAsync(string body) => app.WithDbAsync(db =>
        db.Set<OutboxMessage>().CountAsync(o => o.Channel == "in-app" && o.Subject == "Ảnh của lớp hôm nay" && o.Body.Contains(body)));

    [Fact]
    public async Task The_teacher_posts_photos_and_the_familys_album_serves_them_in_the_sizes_the_screen_needs()
    {
        var day = new DateOnly(2026, 10, 5);
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        var url = $"/lop/{classId}/album-anh?ngay=2026-10-05";
        var posted = await PostPhotosAsync(teacher, url, new Dictionary<string, string> { ["caption"] = "Giờ kể chuyện" }, Jpeg(SKColors.Orange), Jpeg(SKColors.Teal));
        Assert.True(posted.StatusCode == HttpStatusCode.OK, $"{(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        Assert.Contains("Đã đăng 2 ảnh vào album của lớp.", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var photos = await PhotosAsync(classId, day);
        Assert.Equal(2, photos.Count);
        Assert.All(photos, p => Assert.Equal((1280, 960, "Giờ kể chuyện"), (p.Width, p.Height, p.Caption)));
        Assert.All(photos, p => Assert.NotNull(p.Jpeg160));

        var childId = await ParentsChildAsync();
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var id = photos[0].Id;
        var page = await AlbumPageShowingAsync(parent, childId, id);
        Assert.Contains($"<a href=\"/album/{id}.jpg\" class=\"album-link\" data-srcset=\"/album/{id}.jpg?w=640 640w, /album/{id}.jpg 1280w\"", page, StringComparison.Ordinal);
        Assert.Contains($"srcset=\"/album/{id}.jpg?w=160 160w, /album/{id}.jpg?w=320 320w\"", page, StringComparison.Ordinal);
        Assert.Contains("Giờ kể chuyện", page, StringComparison.Ordinal);
        foreach (var (query, width) in new[] { ("?w=160", 160), ("?w=320", 320), ("?w=640", 640), ("", 1280) })
        {
            var response = await parent.GetAsync($"/album/{id}.jpg{query}");
            Assert.True(response.Headers.CacheControl is { Private: true, MaxAge.TotalSeconds: 3600 });
            using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(width, image.Width);
        }
    }

    [Fact]
    public async Task Children_without_consent_are_named_and_the_post_needs_the_teachers_confirmation()
    {
        var day = new DateOnly(2026, 10, 6);
        var classId = await LonA1Async();
        var withoutConsent = await SetConsentAsync(classId, everyone: false);
        var name = await app.WithDbAsync(db => db.Children.Where(c => c.Id == withoutConsent).Select(c => c.FamilyName + " " + c.MiddleName + " " + c.GivenName).FirstAsync());
        try
        {
            var teacher = await SignedInAsync(Teacher);
            var url = $"/lop/{classId}/album-anh?ngay=2026-10-06";
            var form = WebUtility.HtmlDecode(await teacher.GetStringAsync(url));
            Assert.Contains("Lớp có 1 trẻ chưa có đồng ý", form, StringComparison.Ordinal);
            Assert.Contains(name.Replace("  ", " ", StringComparison.Ordinal), form, StringComparison.Ordinal);

            var refused = await PostPhotosAsync(teacher, url, new Dictionary<string, string> { ["caption"] = "Chú thích phải còn nguyên" }, Jpeg(SKColors.Red));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("Vui lòng kiểm tra ảnh không có các trẻ này", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Chú thích phải còn nguyên\"", html, StringComparison.Ordinal);
            Assert.Empty(await PhotosAsync(classId, day));

            var confirmed = await PostPhotosAsync(teacher, url, new Dictionary<string, string> { ["consent"] = "yes" }, Jpeg(SKColors.Red));
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Single(await PhotosAsync(classId, day));
        }
        finally
        {
            await SetConsentAsync(classId, everyone: true);
        }
    }

    [Fact]
    public async Task A_refused_photo_writes_nothing_of_the_post()
    {
        var day = new DateOnly(2026, 10, 7);
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        var response = await PostPhotosAsync(teacher, $"/lop/{classId}/album-anh?ngay=2026-10-07", new Dictionary<string, string>(), Jpeg(SKColors.Blue), "không phải ảnh"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("anh1.jpg", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await PhotosAsync(classId, day));
    }

    [Fact]
    public async Task The_classs_families_are_told_once_a_day_whatever_is_posted_or_deleted_after()
    {
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        var url = $"/lop/{classId}/album-anh?ngay=2026-10-08";
        var families = await app.WithDbAsync(db => db.Users.CountAsync(u => u.GuardianId != null && db.ChildGuardians.Any(g => g.GuardianId == u.GuardianId && g.Child!.ClassroomId == classId)));
        Assert.True(families > 0);

        await PostPhotosAsync(teacher, url, new Dictionary<string, string>(), Jpeg(SKColors.Green));
        Assert.Equal(families, await AlbumNoticesAsync("08/10/2026"));
        var first = (await PhotosAsync(classId, new DateOnly(2026, 10, 8))).Single();

        // Deleting the day's only photo and posting again the same day does not ring the families a second time.
        var deleted = await FormPoster.PostFormAsync(teacher, url, $"delete-{first.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        await PostPhotosAsync(teacher, url, new Dictionary<string, string>(), Jpeg(SKColors.Yellow));
        Assert.Equal(families, await AlbumNoticesAsync("08/10/2026"));
        var link = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(o => o.Body.Contains("08/10/2026") && o.Subject == "Ảnh của lớp hôm nay").Select(o => o.Link).FirstAsync());
        Assert.Matches("^/con-toi/[0-9]+/album-anh$", link);
    }

    [Fact]
    public async Task A_deleted_photo_disappears_for_families_and_can_be_restored()
    {
        var day = new DateOnly(2026, 10, 9);
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        var url = $"/lop/{classId}/album-anh?ngay=2026-10-09";
        await PostPhotosAsync(teacher, url, new Dictionary<string, string>(), Jpeg(SKColors.Purple));
        var photo = (await PhotosAsync(classId, day)).Single();
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);

        var deleted = await FormPoster.PostFormAsync(teacher, url, $"delete-{photo.Id}", new Dictionary<string, string>());
        var html = WebUtility.HtmlDecode(await deleted.Content.ReadAsStringAsync());
        Assert.Contains("Đã xóa ảnh.", html, StringComparison.Ordinal);
        Assert.Contains($"restore-{photo.Id}", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/album/{photo.Id}.jpg")).StatusCode);

        var restored = await FormPoster.PostFormAsync(teacher, url, $"restore-{photo.Id}", new Dictionary<string, string>());
        Assert.Contains("Đã khôi phục ảnh.", WebUtility.HtmlDecode(await restored.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await parent.GetAsync($"/album/{photo.Id}.jpg")).StatusCode);
    }

    [Fact]
    public async Task A_family_of_another_class_sees_neither_the_album_nor_a_photo_and_anonymous_is_sent_to_sign_in()
    {
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        await PostPhotosAsync(teacher, $"/lop/{classId}/album-anh?ngay=2026-10-12", new Dictionary<string, string>(), Jpeg(SKColors.Brown));
        var photo = (await PhotosAsync(classId, new DateOnly(2026, 10, 12))).Single();
        var childInA1 = await ParentsChildAsync();

        // A guardian whose only children are in another class.
        var stranger = await app.WithDbAsync(async db =>
        {
            var g = await db.ChildGuardians.Where(cg => cg.Child!.Classroom!.Name == "Bé C1" && !db.ChildGuardians.Any(o => o.GuardianId == cg.GuardianId && o.Child!.ClassroomId == classId))
                .OrderBy(cg => cg.Id).Select(cg => new { cg.GuardianId, cg.SchoolId, cg.ChildId }).FirstAsync();
            return (Header: string.Join(';', Roles.Parent, $"{ClaimTypes.NameIdentifier}=999998", $"{ClaimTypes.Name}=0900000001",
                $"{SproutClaims.School}={g.SchoolId.ToString(CultureInfo.InvariantCulture)}", $"{SproutClaims.Guardian}={g.GuardianId.ToString(CultureInfo.InvariantCulture)}"), g.ChildId);
        });
        foreach (var path in new[] { $"/album/{photo.Id}.jpg", $"/album/{photo.Id}.jpg?w=160", $"/album/{photo.Id}.jpg?w=640", $"/con-toi/{childInA1}/album-anh" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(TestAuthHandler.Header, stranger.Header);
            Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserLikeClient().SendAsync(request)).StatusCode);
        }
        // Their own child's album opens, without this class's photo.
        using (var own = new HttpRequestMessage(HttpMethod.Get, $"/con-toi/{stranger.ChildId}/album-anh"))
        {
            own.Headers.Add(TestAuthHandler.Header, stranger.Header);
            var response = await app.CreateBrowserLikeClient().SendAsync(own);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain($"/album/{photo.Id}.jpg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var anonymous = app.CreateBrowserLikeClient();
        foreach (var path in new[] { $"/con-toi/{childInA1}/album-anh", $"/lop/{classId}/album-anh", $"/album/{photo.Id}.jpg" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_teacher_of_another_class_cannot_post_into_it_and_nothing_is_written()
    {
        var day = new DateOnly(2026, 10, 13);
        var classId = await LonA1Async();
        var otherClass = await OtherClassAsync();
        await SetConsentAsync(otherClass, everyone: true);
        var teacher = await SignedInAsync(Teacher);
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/album-anh");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("upload"), "_handler" } };
        var file = new ByteArrayContent(Jpeg(SKColors.Black));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "photos", "anh.jpg");
        var response = await teacher.PostAsync($"/lop/{otherClass}/album-anh?ngay=2026-10-13", content);
        // The page is not found for them, so its form never runs (Blazor answers 400 to a post for a form it did not render).
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.Empty(await PhotosAsync(otherClass, day));
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/lop/{otherClass}/album-anh")).StatusCode);
    }

    [Fact]
    public async Task Two_posts_of_the_days_first_photos_at_the_same_moment_tell_each_family_once()
    {
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var families = await app.WithDbAsync(db => db.Users.CountAsync(u => u.GuardianId != null && db.ChildGuardians.Any(g => g.GuardianId == u.GuardianId && g.Child!.ClassroomId == classId)));
        var day = new DateOnly(2026, 10, 14);
        var url = $"/lop/{classId}/album-anh?ngay=2026-10-14";
        var teachers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignedInAsync(Teacher)));
        var colours = new[] { SKColors.Red, SKColors.Green, SKColors.Blue, SKColors.Gray };
        var posted = await Task.WhenAll(teachers.Select((t, i) => PostPhotosAsync(t, url, new Dictionary<string, string>(), Jpeg(colours[i]))));
        Assert.All(posted, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        Assert.Equal(4, (await PhotosAsync(classId, day)).Count);
        Assert.Equal(families, await AlbumNoticesAsync("14/10/2026"));
    }

    [Fact]
    public async Task The_day_page_and_the_home_page_link_to_the_album_with_todays_count()
    {
        var classId = await LonA1Async();
        await SetConsentAsync(classId, everyone: true);
        var today = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System);
        var teacher = await SignedInAsync(Teacher);
        var before = (await PhotosAsync(classId, today)).Count(p => p.DeletedAt == null);
        await PostPhotosAsync(teacher, $"/lop/{classId}/album-anh", new Dictionary<string, string>(), Jpeg(SKColors.Pink));
        var childId = await ParentsChildAsync();
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var dayPage = WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{childId}/so-lien-lac"));
        Assert.Contains($"Ảnh của lớp hôm nay: {before + 1} ảnh", dayPage, StringComparison.Ordinal);
        var home = WebUtility.HtmlDecode(await parent.GetStringAsync($"/?tre={childId}"));
        Assert.Contains($"Ảnh của lớp hôm nay: {before + 1} ảnh", home, StringComparison.Ordinal);
    }
}
