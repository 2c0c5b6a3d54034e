using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class MyNotificationsTests(SproutAppFactory app)
{
    [Fact]
    public async Task Marking_all_read_touches_only_the_signed_in_persons_notifications()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var (mine, theirs) = await app.WithDbAsync(async db =>
        {
            var users = await db.Users.Where(u => u.Email == "ketoan@mnviethung.edu.vn" || u.Email == "vanthu@mnviethung.edu.vn")
                .OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
            var own = new UserNotification { SchoolId = schoolId, UserId = users[0], Title = "Thử đánh dấu đã đọc", Body = "Nội dung", CreatedAt = DateTimeOffset.UtcNow };
            var other = new UserNotification { SchoolId = schoolId, UserId = users[1], Title = "Thử của người khác", Body = "Nội dung", CreatedAt = DateTimeOffset.UtcNow };
            db.AddRange(own, other);
            await db.SaveChangesAsync();
            return (own.Id, other.Id);
        });
        var accountant = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(accountant, "ketoan@mnviethung.edu.vn", DemoAccounts.Password);

        var response = await FormPoster.PostFormAsync(accountant, "/thong-bao", "mark-read", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã đánh dấu đã đọc tất cả thông báo.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Set<UserNotification>().Where(n => n.Id == mine).Select(n => n.ReadAt).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Set<UserNotification>().Where(n => n.Id == theirs).Select(n => n.ReadAt).SingleAsync()));
    }
}
