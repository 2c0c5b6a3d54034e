using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SkiaSharp;
using Sprout.Domain.Media;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;

namespace Sprout.Web.Tests.Browser;

/// <summary>A parent on a 360 px phone opens today's class album from the day page and looks at a photo full screen.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ClassAlbumBrowserTests(BrowserFixture browser)
{
    private static byte[] Photo(SKColor color)
    {
        using var bitmap = new SKBitmap(1600, 1200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray();
    }

    /// <summary>A camera-sized picture (2400 × 1800, fine detail) such as a phone takes.</summary>
    private static byte[] CameraPhoto(int seed)
    {
        using var bitmap = new SKBitmap(2400, 1800);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(2400, 1800), [SKColors.SkyBlue, SKColors.SeaGreen], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = sky };
            canvas.DrawRect(0, 0, 2400, 1800, paint);
            var random = new Random(seed);
            using var dot = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 4000; i++)
            {
                dot.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                canvas.DrawCircle(random.Next(2400), random.Next(1800), random.Next(2, 30), dot);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
    }

    [Fact]
    public async Task The_teachers_phone_shrinks_camera_photos_before_sending_them()
    {
        var (classId, consentMissing) = await browser.App.WithDbAsync(async db =>
        {
            var id = await db.Classrooms.Where(c => c.Name == "Lớn A1").Select(c => c.Id).FirstAsync();
            return (id, await db.Children.AnyAsync(c => c.ClassroomId == id && (c.ConsentGivenAt == null || c.ConsentWithdrawnAt != null)));
        });
        var photos = Enumerable.Range(1, 3).Select(CameraPhoto).ToArray();
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync("giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classId}/album-anh?ngay=2026-10-20");
        await page.Locator("#photos").SetInputFilesAsync(photos.Select((bytes, i) => new FilePayload { Name = $"IMG_{i}.jpg", MimeType = "image/jpeg", Buffer = bytes }));
        if (consentMissing)
        {
            await page.GetByLabel("Tôi xác nhận các ảnh này", new() { Exact = false }).CheckAsync();
        }
        // What the form really sends (Playwright does not show a multipart body): the files at the submit that goes.
        await page.EvaluateAsync("""
            () => document.querySelector('form[data-shrink-submit]').addEventListener('submit', e => {
              if (!e.defaultPrevented) sessionStorage.setItem('sent', JSON.stringify([...document.querySelector('#photos').files].map(f => [f.name, f.type, f.size])));
            })
            """);
        await PageState.ClickForNewDocumentAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Đăng ảnh" }), "post photos");
        await page.GetByText("Đã đăng 3 ảnh vào album của lớp.").WaitForAsync();

        using var sent = System.Text.Json.JsonDocument.Parse(await page.EvaluateAsync<string>("() => sessionStorage.getItem('sent')"));
        var files = sent.RootElement.EnumerateArray().Select(f => (Type: f[1].GetString(), Size: f[2].GetInt64())).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.Equal("image/jpeg", f.Type));
        var originals = photos.Sum(p => p.Length);
        var total = files.Sum(f => f.Size);
        Assert.True(total < originals / 3, $"sent {total} bytes for {originals} bytes of photos");
        var stored = await browser.App.WithDbAsync(db => db.Set<ClassPhoto>().AsNoTracking()
            .Where(p => p.ClassroomId == classId && p.Date == new DateOnly(2026, 10, 20)).Select(p => new { p.Width, p.Height }).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, p => Assert.Equal((PhotoSanitizer.MaxSide, 960), (p.Width, p.Height)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_parent_opens_the_album_from_the_day_page_enlarges_a_photo_and_closes_it()
    {
        var today = Sprout.Web.Platform.Text.VietnameseFormat.Today(TimeProvider.System);
        var childId = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).OrderBy(cg => cg.ChildId)
                .Select(cg => new { cg.ChildId, cg.SchoolId, ClassId = cg.Child!.ClassroomId!.Value }).FirstAsync();
            foreach (var (color, caption) in new[] { (SKColors.Orange, "Bé tập thể dục buổi sáng"), (SKColors.SkyBlue, "Giờ vẽ tranh") })
            {
                var photo = PhotoSanitizer.Sanitize(Photo(color));
                db.Add(new ClassPhoto
                {
                    SchoolId = child.SchoolId, ClassroomId = child.ClassId, Date = today, Caption = caption, Jpeg = photo.Jpeg,
                    Jpeg640 = PhotoSanitizer.Thumbnail(photo.Jpeg, 640), Jpeg320 = PhotoSanitizer.Thumbnail(photo.Jpeg, 320), Jpeg160 = PhotoSanitizer.Thumbnail(photo.Jpeg, 160),
                    Width = photo.Width, Height = photo.Height, UploadedBy = "Cô giáo", UploadedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
            return child.ChildId;
        });
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(DemoAccounts.ParentPhone, DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/con-toi/{childId}/so-lien-lac");
        await PageState.ClickForNewDocumentAsync(page, page.Locator("a[data-album-link]"), "album link on the day page");
        Assert.EndsWith($"/con-toi/{childId}/album-anh", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "the album is wider than a 360 px phone");
        await Axe.AssertNoViolationsAsync(page, "class album (360 px)");

        var thumbnail = page.Locator(".album-link").First;
        await thumbnail.ClickAsync();
        var viewer = page.Locator("dialog.album-viewer");
        await viewer.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var large = viewer.Locator("img");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('dialog.album-viewer img'); return i && i.complete && i.naturalWidth > 0; }");
        // The size the screen needs, from the large ones only (640 on this phone, 1280 on a wider or denser screen).
        Assert.Matches(@"/album/[0-9]+\.jpg(\?w=640)?$", await large.EvaluateAsync<string>("i => i.currentSrc"));
        Assert.EndsWith("/album-anh", page.Url, StringComparison.Ordinal); // the viewer, not the plain link
        var first = await large.GetAttributeAsync("src");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.NotEqual(first, await large.GetAttributeAsync("src"));
        await Axe.AssertNoViolationsAsync(page, "class album viewer (360 px)");

        await viewer.GetByRole(AriaRole.Button, new() { Name = "Đóng" }).ClickAsync();
        await viewer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.True(await thumbnail.EvaluateAsync<bool>("a => document.activeElement === a"), "focus returns to the thumbnail");
        await page.Context.CloseAsync();
    }
}
