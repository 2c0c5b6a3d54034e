using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// The per-user page cache of the parent's day page and the teacher's attendance page (decision 0240): kept for
/// the one person and cookie that asked, gone after any write, never for a revoked session, a POST or a refusal.
/// A page served from the cache carries an <c>Age</c> header.
/// </summary>
[Collection(AppCollection.Name)]
public class PageCacheTests(SproutAppFactory app)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>
    /// Asks again until the answer comes from the cache: the host's background work (the notification outbox)
    /// also writes, and each of its writes rightly sets every kept page aside.
    /// </summary>
    private static async Task<HttpResponseMessage> KeptAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync(url);
            if (FromCache(response))
            {
                return response;
            }
        }
        Assert.Fail($"{url} was never served from the page cache");
        return null!;
    }

    private async Task<HttpClient> SignedInAsync(string login, string password = DemoAccounts.Password)
    {
        var client = app.CreateBrowserLikeClient();
        var signIn = await FormPoster.SignInAsync(client, login, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private Task<int> ChildOfAsync(string phone) => app.WithDbAsync(db =>
        db.ChildGuardians.Where(cg => cg.Guardian!.Phone == phone).OrderBy(cg => cg.ChildId).Select(cg => cg.ChildId).FirstAsync());

    /// <summary>Demo parents other than the usual one, with accounts (phone, child), none sharing a child with the other.</summary>
    private async Task<List<(string Phone, int Child)>> OtherParentsAsync(int count)
    {
        var phones = await new DemoParentAccounts(app.Services.GetRequiredService<SproutDbContextFactory>()).EnsureAsync(count + 8, CancellationToken.None);
        var usual = await ChildOfAsync(DemoAccounts.ParentPhone);
        var found = new List<(string, int)>();
        foreach (var phone in phones.Where(p => p != DemoAccounts.ParentPhone))
        {
            var child = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == phone)
                .SelectMany(u => db.ChildGuardians.Where(cg => cg.GuardianId == u.GuardianId)).OrderBy(cg => cg.ChildId).Select(cg => cg.ChildId).FirstAsync());
            if (child != usual && found.All(f => f.Item2 != child))
            {
                found.Add((phone, child));
            }
            if (found.Count == count)
            {
                break;
            }
        }
        Assert.Equal(count, found.Count);
        return found;
    }

    [Fact]
    public async Task The_parents_next_look_shows_what_the_teacher_just_marked_and_wrote()
    {
        const string Day = "2026-11-17";
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var childId = await ChildOfAsync(DemoAccounts.ParentPhone);
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var teacher = await SignedInAsync(Teacher);
        var url = $"/con-toi/{childId}/so-lien-lac?ngay={Day}";

        var first = await parent.GetAsync(url);
        var second = await KeptAsync(parent, url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        var written = await FormPoster.PostFormAsync(teacher, $"/lop/{classId}/so-lien-lac?ngay={Day}", $"card-{childId}", new Dictionary<string, string>
        {
            ["eating"] = "AteAll", ["sleeping"] = "Good", ["hygiene"] = "", ["activities"] = "", ["comment"] = "Con nghỉ ở nhà, cô nhớ con.",
        });
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        var afterNote = await parent.GetAsync(url);
        Assert.False(FromCache(afterNote));
        Assert.Contains("Con nghỉ ở nhà, cô nhớ con.", WebUtility.HtmlDecode(await afterNote.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await KeptAsync(parent, url);

        var marked = await Modules.Attendance.AttendanceRowTests.PostRowAsync(teacher, classId, childId, Day,
            new Dictionary<string, string> { ["action"] = "absent", ["reason"] = "Sốt nhẹ", ["excused"] = "true" }, fetch: true);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var afterAttendance = await parent.GetAsync(url);
        Assert.False(FromCache(afterAttendance));
        Assert.Contains("Sốt nhẹ", WebUtility.HtmlDecode(await afterAttendance.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_parents_never_get_each_others_page_even_at_the_same_address()
    {
        const string Day = "2026-11-18";
        var (otherPhone, otherChild) = (await OtherParentsAsync(2))[0];
        var childId = await ChildOfAsync(DemoAccounts.ParentPhone);
        var (name, otherName) = await app.WithDbAsync(async db =>
        {
            var names = await db.Children.Where(c => c.Id == childId || c.Id == otherChild)
                .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName }).ToListAsync();
            string Full(int id) => names.Where(n => n.Id == id).Select(n => string.Join(' ', new[] { n.FamilyName, n.MiddleName, n.GivenName }.Where(p => !string.IsNullOrEmpty(p)))).Single();
            return (Full(childId), Full(otherChild));
        });
        var parent = await SignedInAsync(DemoAccounts.ParentPhone);
        var other = await SignedInAsync(otherPhone);
        var url = $"/con-toi/{childId}/so-lien-lac?ngay={Day}";

        var kept = await KeptAsync(parent, url);
        Assert.Contains(name, WebUtility.HtmlDecode(await kept.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The same address with another parent's cookies: refused, not the first parent's kept answer.
        var refused = await other.GetAsync(url);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var own = WebUtility.HtmlDecode(await other.GetStringAsync($"/con-toi/{otherChild}/so-lien-lac?ngay={Day}"));
        Assert.Contains(otherName, own, StringComparison.Ordinal);
        Assert.DoesNotContain(name, own, StringComparison.Ordinal);

        // The same parent in a second browser (another antiforgery cookie) gets a page of their own, not the kept one.
        var secondBrowser = await SignedInAsync(DemoAccounts.ParentPhone);
        Assert.False(FromCache(await secondBrowser.GetAsync(url)));
    }

    [Fact]
    public async Task A_page_kept_for_a_session_is_not_served_once_the_password_is_changed()
    {
        const string Day = "2026-11-19";
        // Not the parent the other test signs in with the demo password.
        var (phone, child) = (await OtherParentsAsync(2))[1];
        var parent = await SignedInAsync(phone);
        var url = $"/con-toi/{child}/so-lien-lac?ngay={Day}";
        await KeptAsync(parent, url);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(phone);
            Assert.True((await users.ChangePasswordAsync(user!, DemoAccounts.Password, "MatKhauMoi@2026")).Succeeded);
        }

        var after = await parent.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/dang-nhap", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var again = await SignedInAsync(phone, "MatKhauMoi@2026");
        Assert.False(FromCache(await again.GetAsync(url)));
    }

    [Fact]
    public async Task Posts_and_refusals_are_never_kept()
    {
        const string Day = "2026-10-20";
        var teacher = await SignedInAsync(Teacher);
        var otherClass = await app.WithDbAsync(db => db.Classrooms.Where(c => c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        for (var i = 0; i < 2; i++)
        {
            var refused = await teacher.GetAsync($"/lop/{otherClass}/diem-danh?ngay={Day}");
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.False(FromCache(refused));
        }

        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var url = $"/lop/{classId}/diem-danh?ngay={Day}";
        for (var i = 0; i < 2; i++)
        {
            var posted = await FormPoster.PostFormAsync(teacher, url, "all-present", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.False(FromCache(posted));
        }
    }

    [Fact]
    public async Task The_antiforgery_token_of_a_kept_attendance_page_is_accepted_and_the_change_shows_at_once()
    {
        const string Day = "2026-10-21";
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var childId = await app.WithDbAsync(db => db.Children.Where(c => c.ClassroomId == int.Parse(classId, CultureInfo.InvariantCulture))
            .OrderBy(c => c.Id).Select(c => c.Id).Skip(5).FirstAsync());
        var teacher = await SignedInAsync(Teacher);
        var url = $"/lop/{classId}/diem-danh?ngay={Day}";
        var kept = await KeptAsync(teacher, url);
        var token = TokenOf(await kept.Content.ReadAsStringAsync());

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/lop/{classId}/diem-danh/{childId.ToString(CultureInfo.InvariantCulture)}?ngay={Day}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["action"] = "absent", ["reason"] = "Về quê" }),
        };
        post.Headers.Add(Sprout.Web.Modules.Attendance.AttendanceRowEndpoint.FetchHeader, "fetch");
        Assert.Equal(HttpStatusCode.OK, (await teacher.SendAsync(post)).StatusCode);

        var after = await teacher.GetAsync(url);
        Assert.False(FromCache(after));
        Assert.Contains("Về quê", WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_no_service_announces_moves_the_signal_and_only_reads_are_told_apart()
    {
        var signal = app.Services.GetRequiredService<DataChangeSignal>();
        var before = signal.Generation;

        // A write no service announces: ExecuteUpdate sends one UPDATE without SaveChanges.
        var school = await app.DemoSchoolIdAsync();
        await app.WithDbAsync(db => db.Schools.Where(s => s.Id == school).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, s => s.Name)));
        Assert.True(signal.Generation > before);

        Assert.False(DataChangeSignal.IsWrite("-- tag\nSELECT 1"));
        Assert.False(DataChangeSignal.IsWrite("  select \"Id\" FROM \"Children\""));
        Assert.True(DataChangeSignal.IsWrite("INSERT INTO \"AuditEntries\" VALUES (1)"));
        Assert.True(DataChangeSignal.IsWrite("/* c */ UPDATE \"Schools\" SET \"Name\" = 'x'"));
        Assert.True(DataChangeSignal.IsWrite("WITH x AS (SELECT 1) DELETE FROM \"Children\""));
        Assert.True(DataChangeSignal.IsWrite("SELECTED_ROWS_DELETE()"));
    }

    [Fact]
    public async Task The_key_holds_the_antiforgery_cookie_so_another_cookie_value_never_finds_the_kept_page()
    {
        // Cookies set by hand, so the same sign-in cookie can be sent with another antiforgery cookie.
        const string Day = "2026-10-22";
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var signInPage = await client.GetAsync("/dang-nhap");
        var antiforgery = CookieOf(signInPage, "sprout.af");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = TokenOf(await signInPage.Content.ReadAsStringAsync()), ["_handler"] = "login",
                ["Input.Login"] = DemoAccounts.ParentPhone, ["Input.Password"] = DemoAccounts.Password,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgery);
        var auth = CookieOf(await client.SendAsync(signIn), "sprout.auth");
        var url = $"/con-toi/{await ChildOfAsync(DemoAccounts.ParentPhone)}/so-lien-lac?ngay={Day}";

        async Task<HttpResponseMessage> GetAsync(string cookies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", cookies);
            return await client.SendAsync(request);
        }

        HttpResponseMessage? kept = null;
        for (var i = 0; i < 5 && kept is null; i++)
        {
            var response = await GetAsync($"{auth}; {antiforgery}");
            kept = FromCache(response) ? response : null;
        }
        Assert.NotNull(kept);
        var forged = await GetAsync($"{auth}; sprout.af=CfDJ8-not-this-browsers-cookie");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.False(FromCache(forged), "an answer kept for one antiforgery cookie was found with another");
    }

    private static string CookieOf(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static string TokenOf(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(match.Success);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
