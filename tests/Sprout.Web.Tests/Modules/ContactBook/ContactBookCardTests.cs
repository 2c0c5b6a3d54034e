using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.ContactBook;

/// <summary>The class contact book as the teacher uses it on a phone: one card at a time, and the class at once.</summary>
[Collection(AppCollection.Name)]
public class ContactBookCardTests(SproutAppFactory app)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    private Task<List<int>> ChildrenOfA1Async(int classId) => app.WithDbAsync(db =>
        db.Children.Where(c => c.ClassroomId == classId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());

    private Task<int> ChildOfAnotherClassAsync() => app.WithDbAsync(db =>
        db.Children.Where(c => c.Classroom!.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    private Task<DailyReport?> ReportAsync(int childId, string day) => app.WithDbAsync(db =>
        db.Set<DailyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.ChildId == childId && r.Date == DateOnly.Parse(day, CultureInfo.InvariantCulture)));

    private async Task<HttpClient> SignedInAsync(string login = Teacher)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private static Dictionary<string, string> Card(string eating, string comment) => new()
    {
        ["eating"] = eating, ["sleeping"] = "Good", ["hygiene"] = "", ["activities"] = "", ["comment"] = comment,
    };

    [Fact]
    public async Task A_card_saves_only_its_child_and_the_script_gets_that_card_alone()
    {
        const string Day = "2026-11-05";
        var classId = int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);
        var kids = await ChildrenOfA1Async(classId);
        var teacher = await SignedInAsync();
        var url = $"/lop/{classId}/so-lien-lac?ngay={Day}";

        var first = await FormPoster.PostFormAsync(teacher, url, $"card-{kids[0]}", Card("AteMost", "Con ăn chậm nhưng hết suất."));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // What contact-book.js sends: the answer holds the saved card and no other child's card.
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(Card("AteLittle", "Con hơi mệt.")) { ["__RequestVerificationToken"] = token, ["_handler"] = $"card-{kids[1]}" }),
        };
        request.Headers.Add(ClassContactBook.CardHeader, "1");
        var second = await teacher.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains($"id=\"card-{kids[1]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"card-{kids[0]}\"", html, StringComparison.Ordinal);
        Assert.Contains("Con hơi mệt.", html, StringComparison.Ordinal);
        Assert.Contains("Đã lưu sổ liên lạc của trẻ.", html, StringComparison.Ordinal);

        // The first card's save is untouched by the second's, and no other child got a report.
        Assert.Equal("Con ăn chậm nhưng hết suất.", (await ReportAsync(kids[0], Day))!.Comment);
        Assert.Equal(MealIntake.AteMost, (await ReportAsync(kids[0], Day))!.Eating);
        Assert.Equal("Con hơi mệt.", (await ReportAsync(kids[1], Day))!.Comment);
        Assert.Null(await ReportAsync(kids[2], Day));
    }

    [Fact]
    public async Task Class_wide_meals_set_every_present_child_in_one_save_and_cards_keep_their_exceptions()
    {
        const string Day = "2026-11-06";
        var date = new DateOnly(2026, 11, 6);
        var classId = int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);
        var kids = await ChildrenOfA1Async(classId);
        var (absent, exception, note) = (kids[0], kids[1], kids[2]);
        await app.WithDbAsync(async db =>
        {
            var schoolId = await db.Children.Where(c => c.Id == absent).Select(c => c.SchoolId).FirstAsync();
            db.Add(new AttendanceRecord { SchoolId = schoolId, ChildId = absent, Date = date, Status = AttendanceStatus.AbsentExcused, AbsenceReason = "Ốm" });
            await db.SaveChangesAsync();
            return 0;
        });
        var teacher = await SignedInAsync();
        var url = $"/lop/{classId}/so-lien-lac?ngay={Day}";
        // A note written earlier in the day must survive the class-wide meals.
        await FormPoster.PostFormAsync(teacher, url, $"card-{note}", Card("NotRecorded", "Con kể chuyện rất hay."));

        var all = await FormPoster.PostFormAsync(teacher, url, "class-meals", new Dictionary<string, string> { ["eating"] = "AteAll", ["sleeping"] = "Good" });
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains("Đã ghi bữa ăn và giấc ngủ cho cả lớp.", WebUtility.HtmlDecode(await all.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var reports = await app.WithDbAsync(db => db.Set<DailyReport>().AsNoTracking().Where(r => kids.Contains(r.ChildId) && r.Date == date).ToListAsync());
        Assert.Equal(kids.Count - 1, reports.Count);
        Assert.DoesNotContain(reports, r => r.ChildId == absent);
        Assert.All(reports, r => Assert.Equal((MealIntake.AteAll, NapQuality.Good), (r.Eating, r.Sleeping)));
        Assert.Equal("Con kể chuyện rất hay.", reports.Single(r => r.ChildId == note).Comment);

        // The exception: one child ate little; the others keep the class's meals.
        await FormPoster.PostFormAsync(teacher, url, $"card-{exception}", Card("AteLittle", "Con ăn ít rau."));
        Assert.Equal(MealIntake.AteLittle, (await ReportAsync(exception, Day))!.Eating);
        Assert.Equal(MealIntake.AteAll, (await ReportAsync(note, Day))!.Eating);
        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync(url));
        Assert.Contains("Con ăn ít rau.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_photo_keeps_the_cards_typing_and_writes_nothing()
    {
        const string Day = "2026-11-09";
        var classId = int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);
        var child = (await ChildrenOfA1Async(classId))[3];
        var teacher = await SignedInAsync();
        var response = await FormPoster.PostFileAsync(teacher, $"/lop/{classId}/so-lien-lac?ngay={Day}", $"card-{child}",
            Card("AteAll", "Nội dung phải còn nguyên."), "photo", "anh.jpg", "không phải ảnh"u8.ToArray(), "image/jpeg");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nội dung phải còn nguyên.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await ReportAsync(child, Day));
    }

    [Fact]
    public async Task A_card_or_the_class_form_for_another_class_is_refused_with_nothing_written()
    {
        const string Day = "2026-11-10";
        var date = new DateOnly(2026, 11, 10);
        var classId = int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);
        var other = await ChildOfAnotherClassAsync();
        var otherClass = await app.WithDbAsync(db => db.Children.Where(c => c.Id == other).Select(c => c.ClassroomId!.Value).FirstAsync());
        var teacher = await SignedInAsync();
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/so-lien-lac?ngay={Day}");
        foreach (var (url, handler) in new[]
        {
            ($"/lop/{classId}/so-lien-lac?ngay={Day}", $"card-{other}"),
            ($"/lop/{otherClass}/so-lien-lac?ngay={Day}", $"card-{other}"),
            ($"/lop/{otherClass}/so-lien-lac?ngay={Day}", "class-meals"),
        })
        {
            var response = await teacher.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(Card("AteAll", "giả mạo")) { ["__RequestVerificationToken"] = token, ["_handler"] = handler }));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{url} {handler}: {(int)response.StatusCode}");
        }

        // The service behind the page asks ChildAccess itself, whatever page called it.
        var teacherId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == Teacher).Select(u => u.Id).FirstAsync());
        var schoolId = await app.WithDbAsync(db => db.Children.Where(c => c.Id == other).Select(c => c.SchoolId).FirstAsync());
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Teacher), new Claim(ClaimTypes.NameIdentifier, teacherId.ToString(CultureInfo.InvariantCulture)),
             new Claim(SproutClaims.School, schoolId.ToString(CultureInfo.InvariantCulture)), new Claim(SproutClaims.FullName, "Cô giáo")],
            "Test", ClaimTypes.Name, ClaimTypes.Role));
        using (var scope = app.Services.CreateScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<ContactBookService>();
            await Assert.ThrowsAsync<AccessRefusedException>(() => book.SaveCardAsync(other, date, new DailyReportInput(MealIntake.AteAll, NapQuality.Good, null, null, "giả mạo"), ContactBookTests.Jpeg(), principal, CancellationToken.None));
            await Assert.ThrowsAsync<AccessRefusedException>(() => book.SaveClassMealsAsync(otherClass, date, MealIntake.AteAll, NapQuality.Good, principal, CancellationToken.None));
        }

        // A nurse reads the book but may not write it: the page's POST is refused before it runs.
        var nurse = await SignedInAsync("yte@mnviethung.edu.vn");
        var byNurse = await nurse.PostAsync($"/lop/{classId}/so-lien-lac?ngay={Day}", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "class-meals", ["eating"] = "AteAll" }));
        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);

        Assert.False(await app.WithDbAsync(db => db.Set<DailyReport>().AnyAsync(r => r.Date == date)));
        Assert.False(await app.WithDbAsync(db => db.Set<ChildPhoto>().AnyAsync(p => p.ChildId == other)));
    }
}
