using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.Attendance;

[Collection(AppCollection.Name)]
public class AttendanceTests(SproutAppFactory app)
{
    private const string Day = "2026-11-02";

    [Fact]
    public async Task Teacher_takes_the_morning_register_and_the_kitchen_counts_meals_from_it()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var (first, second, enrolled) = await app.WithDbAsync(async db =>
        {
            var ids = await db.Children.Where(c => c.ClassroomId == int.Parse(classId)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            return (ids[0], ids[1], ids.Count);
        });
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"/lop/{classId}/diem-danh?ngay={Day}";

        var absent = await AttendanceRowTests.PostRowAsync(teacher, classId, first, Day, new() { ["action"] = "absent", ["reason"] = "Ốm sốt", ["excused"] = "true" }, fetch: true);
        Assert.Contains("Vắng có phép: Ốm sốt", WebUtility.HtmlDecode(await absent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var all = await FormPoster.PostFormAsync(teacher, url, "all-present", new Dictionary<string, string>());
        Assert.Contains($"Đã điểm danh có mặt cho {enrolled - 1} trẻ.", WebUtility.HtmlDecode(await all.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        // The bulk's records say so (their time is the teacher's tap, never a late arrival); the absence is untouched.
        var bulk = await app.WithDbAsync(db => db.Set<AttendanceRecord>().Where(a => a.Date == new DateOnly(2026, 11, 2) && a.Child!.ClassroomId == int.Parse(classId))
            .Select(a => new { a.ChildId, a.MarkedWithClass }).ToListAsync());
        Assert.Equal(enrolled - 1, bulk.Count(a => a.MarkedWithClass));
        Assert.False(bulk.Single(a => a.ChildId == first).MarkedWithClass);

        var cook = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(cook, "capduong@mnviethung.edu.vn", DemoAccounts.Password);
        // The cells' column labels (for the stacked cards on a phone) are left out of the comparison.
        var meals = System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(await cook.GetStringAsync($"/bep/suat-an?ngay={Day}")), " data-label=\"[^\"]*\"", "");
        Assert.Contains($"<tr><td>Lớn A1</td><td class=\"num\">{enrolled}</td><td class=\"num\">1</td><td class=\"num\">{enrolled - 1}</td></tr>", meals, StringComparison.Ordinal);

        // Afternoon: fetched by someone not on the list is flagged.
        var checkout = await AttendanceRowTests.PostRowAsync(teacher, classId, second, Day, new() { ["action"] = "out", ["person"] = "", ["other"] = "Người Lạ Mặt" }, fetch: true);
        var html = WebUtility.HtmlDecode(await checkout.Content.ReadAsStringAsync());
        Assert.Contains("Cảnh báo: “Người Lạ Mặt” không có trong danh sách", html, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == second && a.PickUpNotOnList)));
    }

    [Fact]
    public async Task Month_sheet_shows_the_usual_symbols_and_totals_and_downloads_as_excel()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/diem-danh?ngay=2026-10-05", "all-present", new Dictionary<string, string>());
        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/so-diem-danh?thang=2026-10"));
        Assert.Contains("Sổ điểm danh lớp Lớn A1, tháng 10/2026", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"day\">x</td>", page, StringComparison.Ordinal);

        var bytes = await teacher.GetByteArrayAsync($"/lop/{classId}/so-diem-danh.xlsx?thang=2026-10");
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        Assert.All(rows, r => Assert.Equal("x", r["5"]));
        Assert.All(rows, r => Assert.Equal(1d, Convert.ToDouble(r["Có mặt (x)"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Parent_reports_an_absence_in_advance_but_not_for_a_past_day_or_another_child()
    {
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var mine = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync();
            return (mine, await db.Children.Where(c => c.Id != mine).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        });
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        // The next school day: a parent cannot report an absence for a day the school is closed.
        var next = new Sprout.Domain.Calendar.SchoolDayRules(Sprout.Domain.Calendar.WeeklyRest.SaturdayAndSunday, []).NextSchoolDay(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)));
        var tomorrow = next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ok = await FormPoster.PostFormAsync(parent, $"/con-toi/{own}/bao-vang", "report-absence", new Dictionary<string, string> { ["Input.Date"] = tomorrow, ["Input.Reason"] = "Về quê" });
        Assert.Contains("Đã báo nghỉ", WebUtility.HtmlDecode(await ok.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == own && a.ReportedByParent && a.AbsenceReason == "Về quê")));

        var past = await FormPoster.PostFormAsync(parent, $"/con-toi/{own}/bao-vang", "report-absence", new Dictionary<string, string> { ["Input.Date"] = "2026-01-05", ["Input.Reason"] = "Ốm" });
        Assert.Contains("Chỉ báo vắng cho hôm nay hoặc những ngày sắp tới.", WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/con-toi/{other}/bao-vang")).StatusCode);
    }

    [Fact]
    public async Task Teacher_cannot_take_attendance_for_another_class()
    {
        var other = await app.WithDbAsync(db => db.Classrooms.Where(c => c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/lop/{other}/diem-danh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/lop/{other}/so-diem-danh.xlsx")).StatusCode);
    }
}
