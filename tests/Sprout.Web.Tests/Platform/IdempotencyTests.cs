using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Idempotency;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// Writes queued on a phone while offline are sent again until answered: one key, one write (decision 0230), on the
/// attendance row endpoint and the contact-book card, SQLite and PostgreSQL alike.
/// </summary>
[Collection(AppCollection.Name)]
public partial class IdempotencyTests(SproutAppFactory app)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";
    private const string Principal = "hieutruong@mnviethung.edu.vn";

    // Antiforgery tokens are sealed by Data Protection: each rendering differs.
    [GeneratedRegex("value=\"CfDJ8[^\"]*\"")]
    private static partial Regex Tokens();

    private async Task<HttpClient> SignedInAsync(string login = Teacher)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private Task<(string ClassId, List<int> Children)> LonA1Async() => ChildrenAccessMatrixRows.LonA1WithChildren(app);

    /// <summary>A row tap as attendance.js sends it from the outbox: fetch header and the entry's key.</summary>
    private static async Task<HttpResponseMessage> TapAsync(HttpClient client, string classId, int childId, string day, Dictionary<string, string> fields, string? key, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/lop/{classId}/diem-danh/{childId.ToString(CultureInfo.InvariantCulture)}?ngay={day}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add(AttendanceRowEndpoint.FetchHeader, "fetch");
        if (key is not null)
        {
            request.Headers.Add(IdempotencyGate.Header, key);
        }
        return await client.SendAsync(request);
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        Tokens().Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), "token");

    private Task<AttendanceRecord?> RecordAsync(int childId, string day) => app.WithDbAsync(db =>
        db.Set<AttendanceRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.ChildId == childId && a.Date == DateOnly.Parse(day, CultureInfo.InvariantCulture)));

    private Task<int> AuditCountAsync(int recordId) => app.WithDbAsync(db =>
        db.AuditEntries.CountAsync(a => a.EntityType == nameof(AttendanceRecord) && a.EntityKey == recordId.ToString(CultureInfo.InvariantCulture)));

    private Task<int> KeyRowsAsync(string key) => app.WithDbAsync(db => db.Set<IdempotencyRecord>().IgnoreQueryFilters().CountAsync(r => r.Key == key));

    [Fact]
    public async Task A_replayed_tap_answers_the_same_and_writes_nothing_again()
    {
        var (classId, children) = await LonA1Async();
        const string Day = "2026-11-17";
        var teacher = await SignedInAsync();
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/diem-danh?ngay={Day}");
        var key = Guid.NewGuid().ToString();
        var absent = new Dictionary<string, string> { ["action"] = "absent", ["reason"] = "Ốm", ["excused"] = "true" };

        var first = await TapAsync(teacher, classId, children[0], Day, absent, key, token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var record = await RecordAsync(children[0], Day);
        Assert.Equal(AttendanceStatus.AbsentExcused, record!.Status);
        var audited = await AuditCountAsync(record.Id);

        var again = await TapAsync(teacher, classId, children[0], Day, absent, key, token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await BodyAsync(first), await BodyAsync(again));
        Assert.Contains("Đã lưu.", await BodyAsync(again), StringComparison.Ordinal);

        // The child arrives after all (another tap, another key); the old tap sent once more must not undo it.
        Assert.Equal(HttpStatusCode.OK, (await TapAsync(teacher, classId, children[0], Day, new() { ["action"] = "in" }, Guid.NewGuid().ToString(), token)).StatusCode);
        var late = await TapAsync(teacher, classId, children[0], Day, absent, key, token);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("data-state=\"present\"", await BodyAsync(late), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Present, (await RecordAsync(children[0], Day))!.Status);
        Assert.Equal(audited + 1, await AuditCountAsync(record.Id));
        Assert.Equal(1, await KeyRowsAsync(key));

        // A refusal is an outcome too: the same 422 and message again, and still nothing written.
        var outKey = Guid.NewGuid().ToString();
        var refused = await TapAsync(teacher, classId, children[1], Day, new() { ["action"] = "out", ["person"] = "Ông nội" }, outKey, token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedAgain = await TapAsync(teacher, classId, children[1], Day, new() { ["action"] = "out", ["person"] = "Ông nội" }, outKey, token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedAgain.StatusCode);
        Assert.Contains("Trẻ chưa được điểm danh có mặt nên không thể ghi đón về.", await BodyAsync(refusedAgain), StringComparison.Ordinal);
        Assert.Null(await RecordAsync(children[1], Day));
    }

    [Fact]
    public async Task Two_sends_of_one_key_at_the_same_moment_write_once()
    {
        var (classId, children) = await LonA1Async();
        const string Day = "2026-11-18";
        var teacher = await SignedInAsync();
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/diem-danh?ngay={Day}");
        Assert.Equal(HttpStatusCode.OK, (await TapAsync(teacher, classId, children[2], Day, new() { ["action"] = "in" }, null, token)).StatusCode);
        var record = await RecordAsync(children[2], Day);
        var audited = await AuditCountAsync(record!.Id);

        // A check-out stamps the time: run twice, it would be written (and audited) twice.
        for (var round = 0; round < 3; round++)
        {
            var key = Guid.NewGuid().ToString();
            var fields = new Dictionary<string, string> { ["action"] = "out", ["person"] = $"Ông nội {round}" };
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TapAsync(teacher, classId, children[2], Day, fields, key, token)));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            var bodies = await Task.WhenAll(answers.Select(BodyAsync));
            Assert.Single(bodies.Distinct(StringComparer.Ordinal));
            Assert.Equal(1, await KeyRowsAsync(key));
            Assert.Equal(audited + round + 1, await AuditCountAsync(record.Id));
        }
        Assert.Equal("Ông nội 2", (await RecordAsync(children[2], Day))!.PickedUpBy);
    }

    [Fact]
    public async Task A_send_that_finds_the_key_taken_by_the_unique_index_answers_the_first_outcome()
    {
        // The second send looks for its key while the first is still writing (not yet committed), then waits; only the
        // unique index on (UserId, Key) can stop it. Direct on the gate, so the order is certain on both databases.
        var school = await app.DemoSchoolIdAsync();
        var teacherId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == Teacher).Select(u => u.Id).FirstAsync());
        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();
        IdempotencyGate GateOf(IServiceScope scope)
        {
            scope.ServiceProvider.GetRequiredService<SproutDbContext>().Scope = new SchoolScope { SchoolId = school, UserId = teacherId };
            return scope.ServiceProvider.GetRequiredService<IdempotencyGate>();
        }
        var key = Guid.NewGuid().ToString();
        var writes = 0;
        var writing = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var first = GateOf(one).RunAsync(key, async () =>
        {
            Interlocked.Increment(ref writes);
            writing.SetResult();
            await finish.Task;
            return IdempotentOutcome.Done("lần đầu");
        }, CancellationToken.None);
        await writing.Task;
        var second = GateOf(two).RunAsync(key, () =>
        {
            Interlocked.Increment(ref writes);
            return Task.FromResult(IdempotentOutcome.Done("lần hai"));
        }, CancellationToken.None);
        await Task.Delay(300);
        finish.SetResult();
        var answers = await Task.WhenAll(first, second);

        Assert.Equal(1, writes);
        Assert.Equal(("lần đầu", false), (answers[0].Message, answers[0].Replayed));
        Assert.Equal(("lần đầu", true), (answers[1].Message, answers[1].Replayed));
        Assert.Equal(1, await KeyRowsAsync(key));
    }

    [Fact]
    public async Task Another_accounts_key_is_not_taken_as_done_and_another_classs_child_is_still_refused()
    {
        var (classId, children) = await LonA1Async();
        const string Day = "2026-11-19";
        var teacher = await SignedInAsync();
        var principal = await SignedInAsync(Principal);
        var key = Guid.NewGuid().ToString();
        var teacherToken = await FormPoster.AntiforgeryTokenAsync(teacher, $"/lop/{classId}/diem-danh?ngay={Day}");
        var principalToken = await FormPoster.AntiforgeryTokenAsync(principal, $"/lop/{classId}/diem-danh?ngay={Day}");

        Assert.Equal(HttpStatusCode.OK, (await TapAsync(teacher, classId, children[3], Day, new() { ["action"] = "absent" }, key, teacherToken)).StatusCode);
        // The same key from the principal is the principal's own write, done.
        var theirs = await TapAsync(principal, classId, children[3], Day, new() { ["action"] = "in" }, key, principalToken);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.Equal(AttendanceStatus.Present, (await RecordAsync(children[3], Day))!.Status);
        Assert.Equal(2, await KeyRowsAsync(key));

        // A key does not open another class: refused each time, and nothing written.
        var (otherClass, otherChild) = await app.WithDbAsync(async db =>
        {
            var c = await db.Classrooms.Where(x => x.Name == "Bé C1").OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
            return (c, await db.Children.Where(x => x.ClassroomId == c).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync());
        });
        var foreignKey = Guid.NewGuid().ToString();
        for (var send = 0; send < 2; send++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await TapAsync(teacher, classId, otherChild, Day, new() { ["action"] = "in" }, foreignKey, teacherToken)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await TapAsync(teacher, otherClass.ToString(CultureInfo.InvariantCulture), otherChild, Day, new() { ["action"] = "in" }, foreignKey, teacherToken)).StatusCode);
        }
        Assert.Null(await RecordAsync(otherChild, Day));
    }

    [Fact]
    public async Task Keys_are_kept_seven_days()
    {
        var school = await app.DemoSchoolIdAsync();
        var (old, recent) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var now = DateTime.UtcNow;
        await app.WithDbAsync(db =>
        {
            db.Add(new IdempotencyRecord { SchoolId = school, UserId = 1, Key = old, CreatedAt = now.AddDays(-7).AddMinutes(-1), Status = 200 });
            db.Add(new IdempotencyRecord { SchoolId = school, UserId = 1, Key = recent, CreatedAt = now.AddDays(-6), Status = 200 });
            return db.SaveChangesAsync();
        });
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SproutDbContext>().Scope = SchoolScope.ForSchool(school);
        Assert.True(await scope.ServiceProvider.GetRequiredService<IdempotencyGate>().RemoveExpiredAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await KeyRowsAsync(old));
        Assert.Equal(1, await KeyRowsAsync(recent));
    }

    [Fact]
    public async Task A_replayed_contact_book_card_is_saved_once()
    {
        const string Day = "2026-11-17";
        var classId = int.Parse(await ChildrenAccessMatrixRows.LonA1(app), CultureInfo.InvariantCulture);
        var kid = await app.WithDbAsync(db => db.Children.Where(c => c.ClassroomId == classId).OrderBy(c => c.Id).Select(c => c.Id).Skip(5).FirstAsync());
        var teacher = await SignedInAsync();
        var url = $"/lop/{classId}/so-lien-lac?ngay={Day}";
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, url);

        async Task<HttpResponseMessage> CardAsync(string comment, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["eating"] = "AteAll", ["sleeping"] = "Good", ["hygiene"] = "", ["activities"] = "", ["comment"] = comment,
                    ["__RequestVerificationToken"] = token, ["_handler"] = $"card-{kid}",
                }),
            };
            request.Headers.Add(ClassContactBook.CardHeader, "1");
            request.Headers.Add(IdempotencyGate.Header, key);
            return await teacher.SendAsync(request);
        }

        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(CardAsync("Con ngoan.", key), CardAsync("Con ngoan.", key));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        foreach (var answer in answers)
        {
            Assert.Contains("Đã lưu sổ liên lạc của trẻ.", await BodyAsync(answer), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await CardAsync("Con ngoan, ăn hết suất.", Guid.NewGuid().ToString())).StatusCode);
        var replay = await CardAsync("Con ngoan.", key);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var reports = await app.WithDbAsync(db => db.Set<DailyReport>().AsNoTracking()
            .Where(r => r.ChildId == kid && r.Date == DateOnly.Parse(Day, CultureInfo.InvariantCulture)).Select(r => r.Comment).ToListAsync());
        Assert.Equal(["Con ngoan, ăn hết suất."], reports);
        Assert.Equal(1, await KeyRowsAsync(key));
    }
}
