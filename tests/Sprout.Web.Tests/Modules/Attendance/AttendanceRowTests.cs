using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.Attendance;

/// <summary>The attendance row endpoint (fetch and plain form) and the rules behind the row's buttons.</summary>
[Collection(AppCollection.Name)]
public class AttendanceRowTests(SproutAppFactory app)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    /// <summary>Posts one row form as the page's script does (fetch) or as a browser without JavaScript does.</summary>
    internal static async Task<HttpResponseMessage> PostRowAsync(HttpClient client, string classId, int childId, string day, Dictionary<string, string> fields, bool fetch)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, $"/lop/{classId}/diem-danh?ngay={day}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/lop/{classId}/diem-danh/{childId.ToString(CultureInfo.InvariantCulture)}?ngay={day}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        if (fetch)
        {
            request.Headers.Add(AttendanceRowEndpoint.FetchHeader, "fetch");
        }
        return await client.SendAsync(request);
    }

    private Task<(string ClassId, List<int> Children)> LonA1Async() => ChildrenAccessMatrixRows.LonA1WithChildren(app);

    private async Task<HttpClient> TeacherAsync()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, Teacher, DemoAccounts.Password);
        return client;
    }

    private Task<AttendanceRecord?> RecordAsync(int childId, DateOnly day) =>
        app.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.ChildId == childId && a.Date == day));

    [Fact]
    public async Task Checking_out_a_child_marked_absent_is_refused_and_the_absence_stays()
    {
        // Before the fix, "Về" on an absent child turned them present.
        var (classId, children) = await LonA1Async();
        var day = new DateOnly(2026, 11, 9);
        var teacherId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == Teacher).Select(u => u.Id).FirstAsync());
        var school = await app.DemoSchoolIdAsync();
        var teacher = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Role, Roles.Teacher), new Claim(ClaimTypes.NameIdentifier, teacherId.ToString(CultureInfo.InvariantCulture)),
            new Claim(SproutClaims.School, school.ToString(CultureInfo.InvariantCulture)), new Claim(SproutClaims.FullName, "Giáo viên"),
        ], "Test", ClaimTypes.Name, ClaimTypes.Role));
        var cls = int.Parse(classId, CultureInfo.InvariantCulture);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AttendanceService>().MarkAbsentAsync(cls, children[3], day, true, "Ốm", teacher, CancellationToken.None);
        }
        using (var scope = app.Services.CreateScope())
        {
            var refused = await Assert.ThrowsAsync<AttendanceRuleException>(() =>
                scope.ServiceProvider.GetRequiredService<AttendanceService>().CheckOutAsync(cls, children[3], day, "Ông nội", teacher, CancellationToken.None));
            Assert.Equal("Trẻ chưa được điểm danh có mặt nên không thể ghi đón về.", refused.Message);
        }
        using (var scope = app.Services.CreateScope())
        {
            // A child not yet marked cannot leave either, and no record is made for them.
            await Assert.ThrowsAsync<AttendanceRuleException>(() =>
                scope.ServiceProvider.GetRequiredService<AttendanceService>().CheckOutAsync(cls, children[4], day, null, teacher, CancellationToken.None));
        }
        var record = await RecordAsync(children[3], day);
        Assert.Equal(AttendanceStatus.AbsentExcused, record!.Status);
        Assert.Null(record.CheckOutAt);
        Assert.Null(record.CheckInAt);
        Assert.Null(await RecordAsync(children[4], day));
    }

    [Fact]
    public async Task A_fetch_tap_answers_with_the_updated_row_alone_and_check_out_shows_only_for_a_present_child()
    {
        var (classId, children) = await LonA1Async();
        const string Day = "2026-11-10";
        var day = new DateOnly(2026, 11, 10);
        var teacher = await TeacherAsync();

        var absent = await PostRowAsync(teacher, classId, children[0], Day, new() { ["action"] = "absent" }, fetch: true);
        Assert.Equal(HttpStatusCode.OK, absent.StatusCode);
        var row = WebUtility.HtmlDecode(await absent.Content.ReadAsStringAsync()).Trim();
        Assert.StartsWith($"<li id=\"tre-{children[0]}\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", row, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-state=\"absent\"", row, StringComparison.Ordinal);
        Assert.Contains("Vắng không phép", row, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", row, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"out\"", row, StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, (await RecordAsync(children[0], day))!.Status);

        var present = WebUtility.HtmlDecode(await (await PostRowAsync(teacher, classId, children[1], Day, new() { ["action"] = "in" }, fetch: true)).Content.ReadAsStringAsync());
        Assert.Contains("data-state=\"present\"", present, StringComparison.Ordinal);
        Assert.Contains("value=\"out\"", present, StringComparison.Ordinal);

        // A forged "Về" for the absent child: refused with the rule's message in the row, nothing changed.
        var forged = await PostRowAsync(teacher, classId, children[0], Day, new() { ["action"] = "out", ["person"] = "Ông nội" }, fetch: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Contains("Trẻ chưa được điểm danh có mặt nên không thể ghi đón về.", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var record = await RecordAsync(children[0], day);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, record!.Status);
        Assert.Null(record.PickedUpBy);

        // The page: no check-out form on the absent or not-yet rows, one on the present row.
        var page = await teacher.GetStringAsync($"/lop/{classId}/diem-danh?ngay={Day}");
        Assert.Equal(1, CountOccurrences(page, "value=\"out\""));
    }

    [Fact]
    public async Task A_teacher_posting_for_another_classs_child_gets_403_and_nothing_is_written()
    {
        var (classId, _) = await LonA1Async();
        const string Day = "2026-11-11";
        var (otherClass, otherChild) = await app.WithDbAsync(async db =>
        {
            var c = await db.Classrooms.Where(x => x.Name == "Bé C1").OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
            return (c, await db.Children.Where(x => x.ClassroomId == c).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        });
        var teacher = await TeacherAsync();
        foreach (var fetch in new[] { true, false })
        {
            // Their own class in the URL with the other class's child, then the other class itself.
            var throughOwn = await PostRowAsync(teacher, classId, otherChild, Day, new() { ["action"] = "in" }, fetch);
            Assert.Equal(HttpStatusCode.Forbidden, throughOwn.StatusCode);
            var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/diem-danh");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/lop/{otherClass}/diem-danh/{otherChild}?ngay={Day}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "absent" }),
            };
            if (fetch)
            {
                request.Headers.Add(AttendanceRowEndpoint.FetchHeader, "fetch");
            }
            var direct = await teacher.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
            Assert.DoesNotContain("tre-", await direct.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.False(await app.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == otherChild)));
    }

    [Fact]
    public async Task Without_javascript_a_row_form_redirects_back_to_the_row_with_its_outcome()
    {
        var (classId, children) = await LonA1Async();
        const string Day = "2026-11-12";
        var teacher = await TeacherAsync();
        var response = await PostRowAsync(teacher, classId, children[2], Day, new() { ["action"] = "absent", ["reason"] = "Về quê", ["excused"] = "true" }, fetch: false);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/lop/{classId}/diem-danh?ngay={Day}&tre={children[2]}&kq=", location, StringComparison.Ordinal);
        Assert.EndsWith($"#tre-{children[2]}", location, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync(location.Split('#')[0]));
        Assert.Contains("Vắng có phép: Về quê", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice att-message\" role=\"status\">Đã lưu.</p>", page, StringComparison.Ordinal);

        // The outcome is sealed: words put in the URL by someone else are not shown.
        var forged = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/diem-danh?ngay={Day}&tre={children[2]}&kq=0Hãy-chuyển-tiền"));
        Assert.DoesNotContain("chuyển", forged, StringComparison.Ordinal);
        Assert.DoesNotContain("att-message", forged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_row_shows_the_familys_message_of_the_day_and_a_reported_absence()
    {
        var (classId, children) = await LonA1Async();
        var day = new DateOnly(2026, 11, 13);
        await app.WithDbAsync(async db =>
        {
            var child = await db.Children.Where(c => c.Id == children[5]).Select(c => new { c.Id, c.SchoolId }).FirstAsync();
            db.Add(new ContactMessage
            {
                SchoolId = child.SchoolId, ChildId = child.Id, FromSchool = false, AuthorUserId = 1, AuthorName = "Mẹ bé",
                Body = "Chiều nay ông nội đón cháu ạ.", SentAt = new DateTimeOffset(2026, 11, 13, 6, 50, 0, TimeSpan.FromHours(7)).ToUniversalTime(),
            });
            db.Add(new ContactMessage
            {
                SchoolId = child.SchoolId, ChildId = child.Id, FromSchool = false, AuthorUserId = 1, AuthorName = "Mẹ bé",
                Body = "Tin của hôm trước", SentAt = new DateTimeOffset(2026, 11, 12, 20, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime(),
            });
            db.Add(new AttendanceRecord { SchoolId = child.SchoolId, ChildId = children[6], Date = day, Status = AttendanceStatus.AbsentExcused, AbsenceReason = "Sốt", ReportedByParent = true });
            return await db.SaveChangesAsync();
        });
        var teacher = await TeacherAsync();
        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/diem-danh?ngay=2026-11-13"));
        Assert.Contains("06:50 Mẹ bé: Chiều nay ông nội đón cháu ạ.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tin của hôm trước", page, StringComparison.Ordinal);
        Assert.Contains("Vắng có phép: Sốt (phụ huynh báo)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_is_late_after_the_configured_time_in_vietnam()
    {
        var board = new AttendanceBoard(null!, null!, Options.Create(new AttendanceOptions { LateAfter = new TimeOnly(8, 0) }));
        AttendanceRecord At(int hour, int minute, int day = 2) => new() { Date = new DateOnly(2026, 11, 2), Status = AttendanceStatus.Present, CheckInAt = new DateTimeOffset(2026, 11, day, hour, minute, 0, TimeSpan.Zero) };
        Assert.False(board.IsLate(At(0, 59)));  // 07:59 in Vietnam
        Assert.False(board.IsLate(At(1, 0)));   // 08:00 sharp is on time
        Assert.True(board.IsLate(At(1, 20)));   // 08:20
        // A register filled in on a later day (09:00 on 05/11 for 02/11) carries the typing time, not an arrival.
        Assert.False(board.IsLate(At(2, 0, day: 5)));
        // "Cả lớp có mặt" tapped at 08:20: the time is the teacher's, not the children's arrival.
        var bulk = At(1, 20);
        bulk.MarkedWithClass = true;
        Assert.False(board.IsLate(bulk));
        Assert.False(board.IsLate(new AttendanceRecord { Status = AttendanceStatus.AbsentExcused }));
        Assert.False(board.IsLate(null));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
