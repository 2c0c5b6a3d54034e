using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Calendar;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Platform.Calendar;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class SchoolCalendarTests(SproutAppFactory app)
{
    private async Task<HttpClient> SignedInAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    [Fact]
    public async Task Principal_adds_a_closure_and_a_make_up_day_and_every_module_follows_them()
    {
        var principal = await SignedInAsync($"hieutruong@{DemoAccounts.Domain}");
        var closure = await FormPoster.PostFormAsync(principal, "/lich-truong?thang=2027-03", "add",
            new Dictionary<string, string> { ["date"] = "2027-03-04", ["kind"] = "1", ["note"] = "Mất nước cả khu" });
        var html = WebUtility.HtmlDecode(await closure.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, closure.StatusCode);
        Assert.Contains("Đã thêm vào lịch nhà trường.", html, StringComparison.Ordinal);
        Assert.Contains("Trường nghỉ: Mất nước cả khu", html, StringComparison.Ordinal);
        var makeUp = await FormPoster.PostFormAsync(principal, "/lich-truong?thang=2027-03", "add",
            new Dictionary<string, string> { ["date"] = "2027-03-06", ["kind"] = "2", ["note"] = "Học bù thứ Năm" });
        Assert.Equal(HttpStatusCode.OK, makeUp.StatusCode);

        // A closure on a day already off is refused, and what was typed stays on the page.
        var refused = await FormPoster.PostFormAsync(principal, "/lich-truong?thang=2027-03", "add",
            new Dictionary<string, string> { ["date"] = "2027-03-07", ["kind"] = "1", ["note"] = "Chủ nhật" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Ngày 07/03/2027 trường đã nghỉ (Nghỉ cuối tuần).", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Chủ nhật\"", refusedHtml, StringComparison.Ordinal);

        var schoolId = await app.DemoSchoolIdAsync();
        using (var scope = app.Services.CreateScope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<SchoolCalendar>();
            Assert.False(await calendar.IsSchoolDayAsync(schoolId, new DateOnly(2027, 3, 4)));
            Assert.True(await calendar.IsSchoolDayAsync(schoolId, new DateOnly(2027, 3, 6)));
            Assert.Equal(new DateOnly(2027, 3, 5), await calendar.NextSchoolDayAsync(schoolId, new DateOnly(2027, 3, 3)));
            Assert.Equal(4, (await calendar.SchoolDaysInAsync(schoolId, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5))).Count);
            Assert.Equal(new DateOnly(2027, 3, 8), SchoolCalendar.WeekFor(new DateOnly(2027, 3, 6)).Monday);
        }

        // Attendance follows the calendar: refused on the closure with the reason, allowed on the make-up Saturday.
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var teacher = await SignedInAsync($"giaovien@{DemoAccounts.Domain}");
        var closed = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/diem-danh?ngay=2027-03-04", "all-present", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.StatusCode);
        Assert.Contains("Ngày 04/03/2027 không phải ngày học (Trường nghỉ: Mất nước cả khu).", WebUtility.HtmlDecode(await closed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var saturday = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/diem-danh?ngay=2027-03-06", "all-present", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, saturday.StatusCode);

        // The month sheet counts the school days: 23 weekdays in March 2027, less the closure, plus the Saturday.
        var sheet = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/so-diem-danh?thang=2027-03"));
        Assert.Contains("Số ngày học trong tháng: 23", sheet, StringComparison.Ordinal);

        // Removing the closure opens the day again.
        var entryId = await app.WithDbAsync(db => db.Set<SchoolCalendarEntry>().Where(e => e.Date == new DateOnly(2027, 3, 4)).Select(e => e.Id).SingleAsync());
        var removed = await FormPoster.PostFormAsync(principal, "/lich-truong?thang=2027-03", $"remove-{entryId}", new Dictionary<string, string>());
        Assert.Contains("Đã xóa khỏi lịch nhà trường.", WebUtility.HtmlDecode(await removed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolCalendarEntry>().AnyAsync(e => e.Id == entryId)));
    }

    [Fact]
    public async Task Only_the_principal_and_admin_may_post_to_the_calendar()
    {
        var principal = await SignedInAsync($"hieutruong@{DemoAccounts.Domain}");
        var token = await FormPoster.AntiforgeryTokenAsync(principal, "/lich-truong");
        var teacher = await SignedInAsync($"giaovien@{DemoAccounts.Domain}");
        var response = await teacher.PostAsync("/lich-truong", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "add", ["date"] = "2027-05-12", ["kind"] = "3", ["note"] = "Giáo viên tự nghỉ",
        }));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.False(await app.WithDbAsync(db => db.Set<SchoolCalendarEntry>().AnyAsync(e => e.Date == new DateOnly(2027, 5, 12))));
        Assert.NotEqual(HttpStatusCode.OK, (await teacher.GetAsync("/lich-truong")).StatusCode);
    }

    [Fact]
    public async Task Meal_count_leaves_out_classes_not_yet_marked_and_counts_nothing_on_a_Sunday()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var enrolled = await app.WithDbAsync(db => db.Children.CountAsync(c => c.ClassroomId == int.Parse(classId)));
        var teacher = await SignedInAsync($"giaovien@{DemoAccounts.Domain}");
        await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/diem-danh?ngay=2027-03-10", "all-present", new Dictionary<string, string>());

        using (var scope = app.Services.CreateScope())
        {
            var attendance = scope.ServiceProvider.GetRequiredService<AttendanceService>();
            var counts = await attendance.MealCountAsync(new DateOnly(2027, 3, 10), CancellationToken.None);
            // The demo school only: the factory may seed others, which the system scope of a bare service would also see.
            var a1 = Assert.Single(counts, c => c.ClassName == "Lớn A1" && c.State == MealCountState.Counted);
            Assert.Equal(enrolled, a1.Meals);
            Assert.Contains(counts, c => c.State == MealCountState.NotMarked && c.Meals == 0 && c.Enrolled > 0);
        }
        var cook = await SignedInAsync($"capduong@{DemoAccounts.Domain}");
        // The cells' column labels (for the stacked cards on a phone) are left out of the comparisons.
        var weekday = WithoutLabels(WebUtility.HtmlDecode(await cook.GetStringAsync("/bep/suat-an?ngay=2027-03-10")));
        Assert.Contains($"<tr><td>Lớn A1</td><td class=\"num\">{enrolled}</td><td class=\"num\">0</td><td class=\"num\">{enrolled}</td></tr>", weekday, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">chưa điểm danh</td>", weekday, StringComparison.Ordinal);

        var sunday = WithoutLabels(WebUtility.HtmlDecode(await cook.GetStringAsync("/bep/suat-an?ngay=2027-03-14")));
        Assert.Contains("Ngày 14/03/2027 trường nghỉ: không tính suất ăn.", sunday, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa điểm danh", sunday, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0</td></tr>", sunday, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_rules_of_a_school_without_entries_are_the_law_and_the_weekend()
    {
        var rules = new SchoolDayRules(WeeklyRest.SaturdayAndSunday, []);
        Assert.False(rules.IsSchoolDay(new DateOnly(2027, 2, 8))); // Tết 2027: mùng 3 is 08/02
        Assert.False(rules.IsSchoolDay(new DateOnly(2027, 2, 10))); // made up for mùng 1 and 2 on the weekend
        Assert.True(rules.IsSchoolDay(new DateOnly(2027, 2, 11)));
    }

    private static string WithoutLabels(string html) => System.Text.RegularExpressions.Regex.Replace(html, " data-label=\"[^\"]*\"", "");
}
