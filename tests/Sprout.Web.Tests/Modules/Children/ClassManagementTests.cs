using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Children;

[Collection(AppCollection.Name)]
public class ClassManagementTests(SproutAppFactory app)
{
    [Fact]
    public async Task Moving_a_child_to_next_years_class_keeps_the_class_history()
    {
        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var nextYear = await app.WithDbAsync(async db => await db.Classrooms.OrderBy(c => c.Id).Select(c => c.SchoolYear).FirstAsync());
        var start = int.Parse(nextYear[..4], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var label = $"{start}-{start + 1}";
        var created = await FormPoster.PostFormAsync(principal, "/lop/quan-ly", "new-class", new Dictionary<string, string> { ["name"] = "Lớn A9", ["group"] = "MauGiao5To6", ["year"] = label });
        Assert.Contains("Đã tạo lớp Lớn A9.", WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var again = await FormPoster.PostFormAsync(principal, "/lop/quan-ly", "new-class", new Dictionary<string, string> { ["name"] = "Lớn A9", ["group"] = "MauGiao5To6", ["year"] = label });
        Assert.Contains($"Năm học {label} đã có lớp “Lớn A9”.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var (source, target, child) = await app.WithDbAsync(async db =>
        {
            var from = await db.Classrooms.Where(c => c.Name == "Nhỡ B3").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var to = await db.Classrooms.Where(c => c.Name == "Lớn A9").Select(c => c.Id).FirstAsync();
            var kid = await db.Children.Where(c => c.ClassroomId == from).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            return (from, to, kid);
        });
        var moved = await FormPoster.PostFormAsync(principal, $"/lop/{source}/sua", "move-children", new Dictionary<string, string> { ["child"] = child.ToString(System.Globalization.CultureInfo.InvariantCulture), ["target"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("Đã chuyển 1 trẻ.", WebUtility.HtmlDecode(await moved.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var history = await app.WithDbAsync(db => db.Set<ClassMembership>().Where(m => m.ChildId == child).OrderBy(m => m.Id).Select(m => new { m.ClassroomId, m.To }).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.Equal(source, history[0].ClassroomId);
        Assert.NotNull(history[0].To);
        Assert.Equal(target, history[1].ClassroomId);
        Assert.Null(history[1].To);
        var file = WebUtility.HtmlDecode(await principal.GetStringAsync($"/tre/{child}"));
        Assert.Contains("Nhỡ B3 (", file, StringComparison.Ordinal);
        Assert.Contains($"Lớn A9 ({label})", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guardians_portrait_is_shown_to_staff_and_the_family_only()
    {
        var childId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());
        var guardianId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.ChildId == childId && cg.Relation == "Bố").Select(cg => cg.GuardianId).FirstAsync());
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var token = await FormPoster.AntiforgeryTokenAsync(clerk, $"/tre/{childId}");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent($"guardian-portrait-{guardianId}"), "_handler" },
        };
        using var bitmap = new SKBitmap(900, 1200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = new ByteArrayContent(image.Encode(SKEncodedImageFormat.Jpeg, 85).ToArray());
        jpeg.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        upload.Add(jpeg, "portrait", "bo.jpg");
        var response = await clerk.PostAsync($"/tre/{childId}", upload);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu ảnh", html, StringComparison.Ordinal);
        var portraitId = await app.WithDbAsync(db => db.Set<Portrait>().Where(p => p.GuardianId == guardianId).Select(p => p.Id).FirstAsync());
        Assert.Contains($"/chan-dung/{portraitId}.jpg", html, StringComparison.Ordinal);

        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await parent.GetAsync($"/chan-dung/{portraitId}.jpg")).StatusCode);
        var teacherOfAnotherClass = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacherOfAnotherClass, "chiuy@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await teacherOfAnotherClass.GetAsync($"/chan-dung/{portraitId}.jpg")).StatusCode);
    }

    [Fact]
    public async Task A_forged_attendance_form_for_a_child_of_another_class_changes_nothing()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var other = await app.WithDbAsync(db => db.Children.Where(c => c.Classroom!.Name == "Bé C2").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var response = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/diem-danh?ngay=2026-11-04", $"absent-{other}", new Dictionary<string, string> { ["reason"] = "giả mạo" });
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Sprout.Web.Modules.Attendance.AttendanceRecord>().AnyAsync(a => a.ChildId == other)));
        var report = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/so-lien-lac?ngay=2026-11-04", $"card-{other}", new Dictionary<string, string> { ["comment"] = "giả mạo" });
        Assert.NotEqual(HttpStatusCode.OK, report.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Sprout.Web.Modules.ContactBook.DailyReport>().AnyAsync(r => r.ChildId == other)));
    }
}
