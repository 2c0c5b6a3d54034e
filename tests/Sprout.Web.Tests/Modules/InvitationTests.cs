using System.Globalization;
using System.Security.Claims;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Parents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules;

[Collection(AppCollection.Name)]
public class InvitationTests(SproutAppFactory app)
{
    [Fact]
    public async Task Teacher_creates_an_invitation_with_a_QR_code_and_the_parent_accepts_it_once()
    {
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var guardianId = await app.WithDbAsync(db => db.ChildGuardians
            .Where(cg => cg.Child!.Classroom!.Name == "Lớn A1" && cg.Relation == "Bố" && cg.Guardian!.Phone != DemoAccounts.ParentPhone)
            .OrderBy(cg => cg.Id).Select(cg => cg.GuardianId).FirstAsync());

        var created = await FormPoster.PostFormAsync(teacher, "/phu-huynh/loi-moi", $"invite-{guardianId}", new Dictionary<string, string>());
        var html = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Contains("data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(html, "http://[^<\"]+/moi/([A-Za-z0-9_-]+)");
        Assert.True(link.Success, "the page shows the invitation link");
        var path = "/moi/" + link.Groups[1].Value;

        var parent = app.CreateBrowserLikeClient();
        var phone = "0987" + guardianId.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var accepted = await FormPoster.PostFormAsync(parent, path, "accept", new Dictionary<string, string>
        {
            ["Input.Phone"] = phone, ["Input.Password"] = "BoMoi2026x", ["Input.Confirm"] = "BoMoi2026x",
        });
        Assert.Contains("Tài khoản đã được tạo", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var signIn = await FormPoster.SignInAsync(parent, phone, "BoMoi2026x");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Lớn A1", await parent.GetStringAsync("/con-toi"), StringComparison.Ordinal);

        var reused = WebUtility.HtmlDecode(await app.CreateBrowserLikeClient().GetStringAsync(path));
        Assert.Contains("Lời mời này đã được sử dụng", reused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_and_unknown_invitations_are_explained()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SproutDbContext>();
        var guardianId = await db.Guardians.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        // The same scoped context the service's UserManager writes through, as in a real request.
        var service = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var schoolId = await db.Guardians.Where(g => g.Id == guardianId).Select(g => g.SchoolId).FirstAsync();
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Admin), new Claim(SproutClaims.School, schoolId.ToString(CultureInfo.InvariantCulture))], "Test", ClaimTypes.Name, ClaimTypes.Role));
        var token = await service.CreateAsync(guardianId, admin, CancellationToken.None);
        await db.GuardianInvitations.Where(i => i.TokenHash == InvitationService.Hash(token))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddDays(-1)));
        db.ChangeTracker.Clear(); // a bulk update bypasses the tracked copy, as a later request would not see it

        var client = app.CreateBrowserLikeClient();
        Assert.Contains("Lời mời đã hết hạn", WebUtility.HtmlDecode(await client.GetStringAsync("/moi/" + token)), StringComparison.Ordinal);
        Assert.Contains("Lời mời không tồn tại", WebUtility.HtmlDecode(await client.GetStringAsync("/moi/khong-co-loi-moi-nay")), StringComparison.Ordinal);
        var result = await service.AcceptAsync(token, "0900000001", "MatKhau2026", CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.False(await db.Users.AnyAsync(u => u.PhoneNumber == "0900000001"));
    }

    [Fact]
    public async Task Six_browsers_accepting_one_link_at_once_make_one_account_and_five_clear_refusals()
    {
        string token;
        int guardianId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SproutDbContext>();
            guardianId = await db.Guardians.OrderByDescending(g => g.Id).Select(g => g.Id).FirstAsync();
            var schoolId = await db.Guardians.Where(g => g.Id == guardianId).Select(g => g.SchoolId).FirstAsync();
            var admin = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Role, Roles.Admin), new Claim(SproutClaims.School, schoolId.ToString(CultureInfo.InvariantCulture))], "Test", ClaimTypes.Name, ClaimTypes.Role));
            token = await scope.ServiceProvider.GetRequiredService<InvitationService>().CreateAsync(guardianId, admin, CancellationToken.None);
        }

        // Each browser types its own phone: the guard must be the invitation itself, not the phone's uniqueness.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepts = Enumerable.Range(0, 6).Select(n => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<InvitationService>();
            await start.Task;
            return await service.AcceptAsync(token, $"09765432{n:00}", "CungLuc2026x", CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(accepts);

        Assert.Single(results, r => r.Succeeded);
        var refusals = results.Where(r => !r.Succeeded).ToList();
        Assert.Equal(5, refusals.Count);
        Assert.All(refusals, r => Assert.Equal([InvitationService.Describe(InvitationState.AlreadyUsed)], r.Errors));
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.GuardianId == guardianId && u.PhoneNumber!.StartsWith("09765432"))));
    }
}
