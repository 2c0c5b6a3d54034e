using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Text;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Home;

/// <summary>Each role's "today" home on the demo school, with a few records of today added where the demo has none.</summary>
[Collection(AppCollection.Name)]
public class HomeTodayTests(SproutAppFactory app)
{
    private static DateOnly Today => VietnameseFormat.Today(TimeProvider.System);

    private async Task<string> HomeAsync(string login, string path = "/")
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<(int Id, string Name)>> LonA1ChildrenAsync()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        return await app.WithDbAsync(async db =>
        (await db.Children.Where(c => c.SchoolId == schoolId && c.Classroom!.Name == "Lớn A1").OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName }).ToListAsync())
        .Select(c => (c.Id, string.Join(' ', new[] { c.FamilyName, c.MiddleName, c.GivenName }.Where(p => p.Length > 0)))).ToList());
    }

    [Fact]
    public async Task Teacher_sees_the_roll_call_messages_medicine_menu_contact_book_and_measuring_of_their_class()
    {
        var children = await LonA1ChildrenAsync();
        // The last children of the class, which the other tests' registers for today leave alone.
        var (messaged, medicated) = (children[^1], children[^2]);
        await app.WithDbAsync(async db =>
        {
            var schoolId = await app.DemoSchoolIdAsync();
            db.Add(new ContactMessage { SchoolId = schoolId, ChildId = messaged.Id, FromSchool = false, AuthorUserId = 1, AuthorName = "Phụ huynh", Body = "Cháu hơi ho.", SentAt = DateTimeOffset.UtcNow });
            db.Add(new MedicineRequest { SchoolId = schoolId, ChildId = medicated.Id, Date = Today, Medicine = "Siro ho Prospan", Dose = "5 ml", Times = "sau ăn trưa", SentBy = "Mẹ" });
            return await db.SaveChangesAsync();
        });

        var html = await HomeAsync("giaovien@mnviethung.edu.vn");

        Assert.Contains("Lớp Lớn A1", html, StringComparison.Ordinal);
        Assert.Contains("Điểm danh hôm nay", html, StringComparison.Ordinal);
        var ids = children.Select(c => c.Id).ToList();
        var (marked, present) = await app.WithDbAsync(async db => (
            await db.Set<AttendanceRecord>().CountAsync(a => a.Date == Today && ids.Contains(a.ChildId)),
            await db.Set<AttendanceRecord>().CountAsync(a => a.Date == Today && ids.Contains(a.ChildId) && a.Status == AttendanceStatus.Present)));
        Assert.Contains(marked == 0 ? "Chưa điểm danh" : marked < children.Count ? $"Còn {children.Count - marked} trẻ chưa điểm danh" : "Đã điểm danh", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{present}</strong>có mặt", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/tre/{messaged.Id}/tin-nhan\">{messaged.Name}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"{medicated.Name}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Siro ho Prospan, 5 ml, sau ăn trưa", html, StringComparison.Ordinal);
        Assert.Contains("Thực đơn hôm nay", html, StringComparison.Ordinal);
        Assert.Contains("Sổ liên lạc hôm nay", html, StringComparison.Ordinal);
        Assert.Contains("Lần cân đo tới: ", html, StringComparison.Ordinal);
        var allergic = await app.WithDbAsync(db => db.Children.Where(c => ids.Contains(c.Id) && c.Allergies != null).Select(c => c.Allergies!).ToListAsync());
        Assert.All(allergic, a => Assert.Contains(a, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cook_counts_meals_only_for_marked_classes_and_shows_the_others_as_not_marked()
    {
        // A class no other test marks: every child present today, but one whose parent reported them absent.
        var schoolId = await app.DemoSchoolIdAsync();
        var (className, ids) = await app.WithDbAsync(async db =>
        {
            var room = await db.Classrooms.Where(c => c.SchoolId == schoolId && c.Name != "Lớn A1" && c.Children.Count > 2).OrderByDescending(c => c.Id).Select(c => new { c.Id, c.Name }).FirstAsync();
            return (room.Name, await db.Children.Where(c => c.ClassroomId == room.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        });
        await app.WithDbAsync(async db =>
        {
            await db.Set<AttendanceRecord>().Where(a => a.Date == Today && ids.Contains(a.ChildId)).ExecuteDeleteAsync();
            db.Add(new AttendanceRecord { SchoolId = schoolId, ChildId = ids[0], Date = Today, Status = AttendanceStatus.AbsentExcused, ReportedByParent = true, AbsenceReason = "Ốm" });
            foreach (var id in ids.Skip(1))
            {
                db.Add(new AttendanceRecord { SchoolId = schoolId, ChildId = id, Date = Today, Status = AttendanceStatus.Present, CheckInAt = DateTimeOffset.UtcNow });
            }
            return await db.SaveChangesAsync();
        });
        var unmarked = await app.WithDbAsync(db => db.Classrooms
            .Where(c => c.SchoolId == schoolId && !db.Set<AttendanceRecord>().Any(a => a.Date == Today && a.Child!.ClassroomId == c.Id && !a.ReportedByParent))
            .Select(c => c.Name).ToListAsync());

        var html = System.Text.RegularExpressions.Regex.Replace(await HomeAsync("capduong@mnviethung.edu.vn"), ">\\s+<", "><");

        Assert.Contains($"<th scope=\"row\">{className}</th><td class=\"num\" data-label=\"Sĩ số\">{ids.Count}</td><td class=\"num\" data-label=\"Vắng\">1</td><td class=\"num\" data-label=\"Suất ăn\">{ids.Count - 1}</td>", html, StringComparison.Ordinal);
        Assert.NotEmpty(unmarked);
        foreach (var name in unmarked)
        {
            var row = html[html.IndexOf($"<th scope=\"row\">{name}</th>", StringComparison.Ordinal)..];
            Assert.Contains("Chưa điểm danh", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        }
        Assert.Contains($"{unmarked.Count} lớp chưa điểm danh", html, StringComparison.Ordinal);
        Assert.Contains("Dị ứng thức ăn theo từng trẻ", html, StringComparison.Ordinal);
        var allergies = await app.WithDbAsync(db => db.Children.Where(c => c.SchoolId == schoolId && c.Allergies != null && c.ClassroomId != null).Select(c => c.Allergies!).Distinct().ToListAsync());
        Assert.All(allergies, a => Assert.Contains(a, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nurse_sees_checks_and_measuring_due_todays_medicine_and_the_children_flagged()
    {
        var child = (await LonA1ChildrenAsync())[^3];
        await app.WithDbAsync(async db =>
        {
            db.Add(new MedicineRequest { SchoolId = await app.DemoSchoolIdAsync(), ChildId = child.Id, Date = Today, Medicine = "Men vi sinh Biogaia", Dose = "5 giọt", Times = "9 giờ", SentBy = "Bố" });
            return await db.SaveChangesAsync();
        });

        var html = await HomeAsync("yte@mnviethung.edu.vn");

        Assert.Contains("Khám sức khỏe định kỳ", html, StringComparison.Ordinal);
        Assert.Contains("Lớp đến hạn cân đo (trong 7 ngày)", html, StringComparison.Ordinal);
        Assert.Contains("Men vi sinh Biogaia, 5 giọt, 9 giờ", html, StringComparison.Ordinal);
        Assert.Contains($"{child.Name}</strong><span> (Lớn A1)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Trẻ cần theo dõi (lần cân đo gần nhất)", html, StringComparison.Ordinal);
        // The demo's measurements spread over the WHO range: some children are flagged, each with a link to their file.
        Assert.Matches("href=\"/suc-khoe/tre/\\d+\">[^<]+</a> \\([^)]+\\) <span class=\"badge badge-danger\">", html);
    }

    [Fact]
    public async Task Principal_sees_documents_waiting_targets_at_risk_and_todays_meetings_and_the_home_writes_nothing()
    {
        var title = "Kế hoạch tổ chức Tết Trung thu (chờ duyệt)";
        var id = await app.WithDbAsync(async db =>
        {
            var document = new OutgoingDocument
            {
                SchoolId = await app.DemoSchoolIdAsync(), Kind = DocumentKind.Administrative, TypeCode = "KH", Title = title, Body = "Nội dung",
                Status = DocumentStatus.InReview, Year = Today.Year, CreatedBy = "Giáo viên", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });
        var before = await app.WithDbAsync(async db => (await db.Set<TargetSnapshot>().CountAsync(), await db.Set<AuditEntry>().CountAsync()));

        var html = await HomeAsync("hieutruong@mnviethung.edu.vn");

        Assert.Contains("Văn bản chờ anh/chị xử lý", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"badge badge-warning\"><svg class=\"icon \" aria-hidden=\"true\" focusable=\"false\"><use href=\"/icons/sprite.svg#i-clock\"></use></svg>Chờ duyệt</span> <a href=\"/van-ban/{id}\">{title}</a>", html, StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu có nguy cơ không đạt", html, StringComparison.Ordinal);
        Assert.Contains("Sinh hoạt chi bộ hôm nay", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(async db => (await db.Set<TargetSnapshot>().CountAsync(), await db.Set<AuditEntry>().CountAsync())));

        // The same targets the dashboard marks at risk, each with its badge in words.
        var dashboard = await HomeAsync("hieutruong@mnviethung.edu.vn", "/chi-tieu");
        var atRisk = System.Text.RegularExpressions.Regex.Matches(dashboard, "<li class=\"target atrisk\"[^>]*>\\s*<h3><a href=\"/chi-tieu/(T\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(atRisk);
        Assert.All(atRisk, code => Assert.Contains($"có nguy cơ</span> <a href=\"/chi-tieu/{code}\">", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_accountant_without_a_today_section_is_sent_to_the_menu()
    {
        var html = await HomeAsync("ketoan@mnviethung.edu.vn");
        Assert.Contains("Chọn chức năng trong danh mục", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn bản chờ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_sees_the_documents_to_number_and_issue()
    {
        var title = "Quyết định thành lập tổ chuyên môn (chờ ban hành)";
        await app.WithDbAsync(async db =>
        {
            db.Add(new OutgoingDocument
            {
                SchoolId = await app.DemoSchoolIdAsync(), Kind = DocumentKind.Administrative, TypeCode = "QĐ", Title = title, Body = "Nội dung",
                Status = DocumentStatus.SignedByApprover, Year = Today.Year, CreatedBy = "Hiệu trưởng", CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var html = await HomeAsync("vanthu@mnviethung.edu.vn");

        Assert.Contains("Văn bản chờ lấy số và ban hành", html, StringComparison.Ordinal);
        Assert.Contains("Chờ ban hành", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chờ duyệt</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_sees_the_progress_of_accounts_and_invitations()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var (staff, withAccount, guardians) = await app.WithDbAsync(async db => (
            await db.StaffMembers.CountAsync(s => s.SchoolId == schoolId), await db.StaffMembers.CountAsync(s => s.SchoolId == schoolId && s.UserId != null),
            await db.Guardians.CountAsync(g => g.SchoolId == schoolId)));

        var html = await HomeAsync("quantri@mnviethung.edu.vn");

        Assert.Contains($"<strong>{withAccount}/{staff}</strong>nhân sự đã có tài khoản", html, StringComparison.Ordinal);
        Assert.Contains($"/{guardians}</strong>phụ huynh đã có tài khoản", html, StringComparison.Ordinal);
        Assert.Contains("Lời mời phụ huynh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_lands_on_today_at_school_with_a_one_tap_absence_link_and_only_their_own_child()
    {
        var childId = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync());
        var stranger = (await LonA1ChildrenAsync()).First(c => c.Id != childId);
        await app.WithDbAsync(async db =>
        {
            var schoolId = await app.DemoSchoolIdAsync();
            await db.Set<AttendanceRecord>().Where(a => a.Date == Today && a.ChildId == childId).ExecuteDeleteAsync();
            await db.Set<DailyReport>().Where(r => r.Date == Today && r.ChildId == childId).ExecuteDeleteAsync();
            db.Add(new AttendanceRecord { SchoolId = schoolId, ChildId = childId, Date = Today, Status = AttendanceStatus.Present, CheckInAt = new DateTimeOffset(Today.Year, Today.Month, Today.Day, 0, 35, 0, TimeSpan.Zero), DroppedOffBy = "Bà ngoại" });
            db.Add(new DailyReport { SchoolId = schoolId, ChildId = childId, Date = Today, Eating = MealIntake.AteAll, Sleeping = NapQuality.Good, Comment = "Con hát rất hay.", UpdatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        var html = await HomeAsync(DemoAccounts.ParentPhone, $"/?tre={stranger.Id}");

        Assert.Contains($"href=\"/con-toi/{childId}/bao-vang\"", html, StringComparison.Ordinal);
        Assert.Contains("Báo nghỉ", html, StringComparison.Ordinal);
        Assert.Contains("Hôm nay ở trường", html, StringComparison.Ordinal);
        Assert.Contains("07:35 · Bà ngoại", html, StringComparison.Ordinal);
        Assert.Contains("Ăn hết suất", html, StringComparison.Ordinal);
        Assert.Contains("Ngủ ngon", html, StringComparison.Ordinal);
        Assert.Contains("Con hát rất hay.", html, StringComparison.Ordinal);
        Assert.Contains("Tin nhắn chưa đọc:", html, StringComparison.Ordinal);
        Assert.Contains("Thực đơn tuần từ", html, StringComparison.Ordinal);
        Assert.Contains("Hoạt động ngoại khóa tuần này", html, StringComparison.Ordinal);
        // Another family's child, asked for by id, is not shown: the guardian link decides.
        Assert.DoesNotContain(stranger.Name, html, StringComparison.Ordinal);
    }
}
