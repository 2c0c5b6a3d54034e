using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Parents;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules;

/// <summary>
/// Writes aimed at a child or class the person may not change, through the pages (POST) and through the services
/// the pages call, for each capacity: every one is refused and writes nothing.
/// </summary>
[Collection(AppCollection.Name)]
public class CrossClassPostTests(SproutAppFactory app)
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    private sealed record Demo(int School, int LonA1, int OtherClass, int OwnChild, int OtherChild, int TeacherUserId, int GuardianId);

    private Task<Demo> DemoAsync() => app.WithDbAsync(async db =>
    {
        var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var lonA1 = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var other = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var guardian = await db.Users.Where(u => u.UserName == DemoAccounts.ParentPhone).Select(u => u.GuardianId!.Value).FirstAsync();
        var own = await db.ChildGuardians.Where(g => g.GuardianId == guardian).OrderBy(g => g.ChildId).Select(g => g.ChildId).FirstAsync();
        var otherChild = await db.Children.Where(c => c.ClassroomId == other).OrderBy(c => c.Id).Skip(1).Select(c => c.Id).FirstAsync();
        var teacher = await db.Users.Where(u => u.UserName == "giaovien@mnviethung.edu.vn").Select(u => u.Id).FirstAsync();
        return new Demo(school, lonA1, other, own, otherChild, teacher, guardian);
    });

    private static ClaimsPrincipal Person(int? school, params (string Type, string Value)[] claims) => new(new ClaimsIdentity(
        claims.Select(c => new Claim(c.Type, c.Value)).Append(new Claim(SproutClaims.FullName, "Người thử"))
            .Concat(school is { } s ? [new Claim(SproutClaims.School, s.ToString(CultureInfo.InvariantCulture))] : []),
        "Test", ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>
    /// The page finds no such child or class (404), or, having rendered no form for it, Blazor refuses to dispatch
    /// the post (400); never a page that ran the handler.
    /// </summary>
    private static void Refused(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task RefusedAsync(Func<IServiceProvider, Task> write)
    {
        using var scope = app.Services.CreateScope();
        await Assert.ThrowsAsync<AccessRefusedException>(() => write(scope.ServiceProvider));
    }

    private Task<bool> AnyWrittenAsync(int childId) => app.WithDbAsync(async db =>
        await db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == childId && a.Date == Day)
        || await db.Set<DailyReport>().AnyAsync(r => r.ChildId == childId && r.Date == Day)
        || await db.Set<Measurement>().AnyAsync(m => m.ChildId == childId && m.Date == Day)
        || await db.Set<ContactMessage>().AnyAsync(m => m.ChildId == childId && m.Body == "Không được gửi")
        || await db.Set<MedicineRequest>().AnyAsync(m => m.ChildId == childId && m.Medicine == "Không được gửi"));

    [Fact]
    public async Task A_teacher_writes_nothing_for_another_classs_child_or_class()
    {
        var d = await DemoAsync();
        var teacher = Person(d.School, (ClaimTypes.Role, Roles.Teacher), (ClaimTypes.NameIdentifier, Id(d.TeacherUserId)));
        await RefusedAsync(s => s.GetRequiredService<AttendanceService>().MarkAbsentAsync(d.OtherClass, d.OtherChild, Day, true, "x", teacher, CancellationToken.None));
        // Through their own class's page, naming a child of another class.
        await RefusedAsync(s => s.GetRequiredService<AttendanceService>().CheckInAsync(d.LonA1, d.OtherChild, Day, null, teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<AttendanceService>().AllPresentAsync(d.OtherClass, Day, teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ContactBookService>().SaveReportAsync(d.OtherChild, Day, new DailyReportInput(MealIntake.NotRecorded, NapQuality.NotRecorded, null, null, "x"), teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ContactBookService>().SendAsync(d.OtherChild, "Không được gửi", teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ClassNoticeService>().PostAsync(d.OtherClass, "Tiêu đề", "Nội dung", teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ClassNoticeService>().SavePlanAsync(d.OtherClass, Day, "Kế hoạch", null, teacher, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<HealthService>().SaveDayAsync(d.OtherClass, Day, [new MeasuringEntry(d.OtherChild, 15, 100, null, false)], teacher, CancellationToken.None));
        await RefusedAsync(async s =>
        {
            var request = await app.WithDbAsync(db => db.Set<MedicineRequest>().Where(m => m.ChildId == d.OtherChild).Select(m => (int?)m.Id).FirstOrDefaultAsync());
            await s.GetRequiredService<HealthService>().GiveMedicineAsync(d.OtherChild, request ?? 0, Sprout.Domain.Health.MedicineSchedule.DayStart, teacher, CancellationToken.None);
        });
        Assert.False(await AnyWrittenAsync(d.OtherChild));
    }

    [Fact]
    public async Task A_parent_writes_nothing_for_another_familys_child()
    {
        var d = await DemoAsync();
        var parent = Person(d.School, (ClaimTypes.Role, Roles.Parent), (SproutClaims.Guardian, Id(d.GuardianId)), (ClaimTypes.NameIdentifier, "1"));
        await RefusedAsync(s => s.GetRequiredService<AttendanceService>().ReportAbsenceAsync(d.OtherChild, Day, "Ốm", parent, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ContactBookService>().SendAsync(d.OtherChild, "Không được gửi", parent, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<HealthService>().SendMedicineAsync(d.OtherChild, "Không được gửi", "1 viên", "Trưa", parent, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<FamilyService>().SaveFoodDislikesAsync(d.OtherChild, "Cá", parent, CancellationToken.None));
        // A parent is never class staff, even of their own child's class.
        await RefusedAsync(s => s.GetRequiredService<ContactBookService>().SaveReportAsync(d.OwnChild, Day, new DailyReportInput(MealIntake.NotRecorded, NapQuality.NotRecorded, null, null, "x"), parent, CancellationToken.None));
        Assert.False(await AnyWrittenAsync(d.OtherChild));
        Assert.False(await app.WithDbAsync(db => db.Set<DailyReport>().AnyAsync(r => r.ChildId == d.OwnChild && r.Date == Day)));

        // Through the pages: the other family's child's forms are not found, and nothing is written.
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var token = await FormPoster.AntiforgeryTokenAsync(client, $"/con-toi/{d.OwnChild}/bao-vang");
        foreach (var (url, form, fields) in new (string, string, Dictionary<string, string>)[]
        {
            ($"/con-toi/{d.OtherChild}/bao-vang", "report-absence", new() { ["Input.Date"] = "2026-11-16", ["Input.Reason"] = "Ốm" }),
            ($"/con-toi/{d.OtherChild}/tin-nhan", "message", new() { ["Input.Body"] = "Không được gửi" }),
            ($"/con-toi/{d.OtherChild}/suc-khoe", "send-medicine", new() { ["medicine"] = "Không được gửi", ["dose"] = "1", ["times"] = "Trưa" }),
        })
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = form }));
            Refused(response, url);
        }
        Assert.False(await AnyWrittenAsync(d.OtherChild));
    }

    [Fact]
    public async Task A_teacher_posting_a_measuring_day_for_another_class_saves_nothing()
    {
        var d = await DemoAsync();
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var token = await FormPoster.AntiforgeryTokenAsync(client, $"/suc-khoe/can-do/{d.LonA1}");
        var response = await client.PostAsync($"/suc-khoe/can-do/{d.OtherClass}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "measuring-day", ["date"] = "2026-11-16", ["action"] = "save",
            [$"w{d.OtherChild}"] = "15,0", [$"h{d.OtherChild}"] = "100,0",
        }));
        Refused(response, "measuring day");
        Assert.False(await AnyWrittenAsync(d.OtherChild));
    }

    [Fact]
    public async Task The_ward_officer_writes_nothing_anywhere()
    {
        var d = await DemoAsync();
        var ward = Person(null, (ClaimTypes.Role, Roles.WardOfficer), (SproutClaims.Ward, "1"), (ClaimTypes.NameIdentifier, "1"));
        await RefusedAsync(s => s.GetRequiredService<AttendanceService>().AllPresentAsync(d.LonA1, Day, ward, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<ContactBookService>().SendAsync(d.OwnChild, "Không được gửi", ward, CancellationToken.None));
        await RefusedAsync(s => s.GetRequiredService<HealthService>().SaveDayAsync(d.LonA1, Day, [new MeasuringEntry(d.OwnChild, 15, 100, null, false)], ward, CancellationToken.None));
        Assert.False(await AnyWrittenAsync(d.OwnChild));

        // Through the pages: every write is refused before the page runs (403), never written.
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "canbophuong@viethung.gov.vn", DemoAccounts.Password);
        foreach (var url in new[] { $"/lop/{d.LonA1}/diem-danh", $"/suc-khoe/can-do/{d.LonA1}", $"/tre/{d.OwnChild}/tin-nhan", "/tre/nhap", $"/con-toi/{d.OwnChild}/bao-vang" })
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
        }
    }
}
