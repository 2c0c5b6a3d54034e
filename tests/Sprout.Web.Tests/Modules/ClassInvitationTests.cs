using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Parents;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules;

/// <summary>The class invitation sheet: one invitation per family without an account, for the person's own classes only.</summary>
[Collection(AppCollection.Name)]
public class ClassInvitationTests(SproutAppFactory app)
{
    private Task<(int LonA1, int OtherClass)> ClassesAsync() => app.WithDbAsync(async db =>
    {
        var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var lonA1 = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var other = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return (lonA1, other);
    });

    private Task<List<int>> GuardiansWithoutAccountAsync(int classId) => app.WithDbAsync(db => db.ChildGuardians
        .Where(cg => cg.Child!.ClassroomId == classId && !db.Users.Any(u => u.GuardianId == cg.GuardianId))
        .Select(cg => cg.GuardianId).Distinct().OrderBy(id => id).ToListAsync());

    [Fact]
    public async Task Class_invitations_make_exactly_one_per_guardian_without_account_and_the_sheet_shows_each_family()
    {
        var (lonA1, _) = await ClassesAsync();
        var expected = await GuardiansWithoutAccountAsync(lonA1);
        Assert.True(expected.Count > 1, "the demo class has several families without accounts");
        var withAccount = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.ParentPhone).Select(u => u.GuardianId!.Value).FirstAsync());
        var lastBefore = await app.WithDbAsync(async db => await db.GuardianInvitations.IgnoreQueryFilters().MaxAsync(i => (int?)i.Id) ?? 0);

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"/phu-huynh/loi-moi/lop/{lonA1}";
        Assert.Contains("Tạo lời mời cả lớp", WebUtility.HtmlDecode(await teacher.GetStringAsync(url)), StringComparison.Ordinal);
        var response = await FormPoster.PostFormAsync(teacher, url, "class-invites", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var created = await app.WithDbAsync(db => db.GuardianInvitations.IgnoreQueryFilters().Where(i => i.Id > lastBefore)
            .Select(i => new { i.GuardianId, i.ExpiresAt, i.AcceptedAt }).ToListAsync());
        Assert.Equal(expected, created.Select(i => i.GuardianId).OrderBy(id => id).ToList());
        Assert.DoesNotContain(created, i => i.GuardianId == withAccount);
        Assert.All(created, i => Assert.Null(i.AcceptedAt));

        // One card per family, each with its own QR code, name, child and expiry date.
        Assert.Equal(expected.Count, Regex.Count(html, "<li class=\"invite-card\">"));
        Assert.Equal(expected.Count, Regex.Count(html, "src=\"data:image/svg\\+xml;base64,"));
        var families = await app.WithDbAsync(db => db.ChildGuardians.Where(cg => expected.Contains(cg.GuardianId) && cg.Child!.ClassroomId == lonA1)
            .Select(cg => new { cg.Guardian!.FullName, cg.Child!.GivenName }).ToListAsync());
        Assert.All(families, f =>
        {
            Assert.Contains(f.FullName, html, StringComparison.Ordinal);
            Assert.Contains(f.GivenName, html, StringComparison.Ordinal);
        });
        var expiry = created[0].ExpiresAt.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"Hết hạn ngày {expiry}", html, StringComparison.Ordinal);
        Assert.Matches("<textarea[^>]*id=\"zalo\"[^>]*>Kính gửi quý phụ huynh lớp Lớn A1,", html);
        Assert.Contains($"có hiệu lực đến ngày {expiry}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_cannot_invite_the_families_of_another_class_and_nothing_is_written()
    {
        var (lonA1, other) = await ClassesAsync();
        var before = await app.WithDbAsync(db => db.GuardianInvitations.IgnoreQueryFilters().CountAsync());

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/phu-huynh/loi-moi/lop/{other}")).StatusCode);
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/phu-huynh/loi-moi/lop/{lonA1}");
        var response = await teacher.PostAsync($"/phu-huynh/loi-moi/lop/{other}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "class-invites",
        }));
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");

        // The service refuses on its own, whatever page calls it.
        var teacherId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "giaovien@mnviethung.edu.vn").Select(u => new { u.Id, u.SchoolId }).FirstAsync());
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Role, Roles.Teacher),
                new Claim(ClaimTypes.NameIdentifier, teacherId.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(SproutClaims.School, teacherId.SchoolId!.Value.ToString(CultureInfo.InvariantCulture)),
            ],
            "Test", ClaimTypes.Name, ClaimTypes.Role));
        using (var scope = app.Services.CreateScope())
        {
            await Assert.ThrowsAsync<AccessRefusedException>(() =>
                scope.ServiceProvider.GetRequiredService<InvitationService>().CreateForClassAsync(other, principal, CancellationToken.None));
        }
        Assert.Equal(before, await app.WithDbAsync(db => db.GuardianInvitations.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task School_wide_staff_may_print_any_class_sheet()
    {
        var (_, other) = await ClassesAsync();
        var expected = await GuardiansWithoutAccountAsync(other);
        var admin = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(admin, $"quantri@{DemoAccounts.Domain}", DemoAccounts.Password);
        var response = await FormPoster.PostFormAsync(admin, $"/phu-huynh/loi-moi/lop/{other}", "class-invites", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Count, Regex.Count(await response.Content.ReadAsStringAsync(), "<li class=\"invite-card\">"));
    }
}
