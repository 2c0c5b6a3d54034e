using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class OutboxDispatchTests(SproutAppFactory app)
{
    [Fact]
    public async Task A_new_message_goes_out_even_behind_more_than_a_batch_of_messages_waiting_to_retry()
    {
        var school = await app.DemoSchoolIdAsync();
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.SchoolId == school).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
        var marker = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        OutboxMessage Message(string subject, DateTimeOffset next, int attempts) => new()
        {
            SchoolId = school, Channel = InAppChannel.ChannelName, RecipientUserId = userId, Subject = subject, Body = marker,
            CreatedAt = now, NextAttemptAt = next, Attempts = attempts,
        };
        // 150 older messages backing off after a failure (say the channel was down), then one new message.
        await app.WithDbAsync(async db =>
        {
            db.AddRange(Enumerable.Range(1, 150).Select(i => Message($"Chờ gửi lại {i}", now.AddDays(1), 1)));
            await db.SaveChangesAsync();
            db.Add(Message("Thông báo mới", now, 0));
            return await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

        var states = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Body == marker).Select(m => new { m.Subject, Sent = m.SentAt != null }).ToListAsync());
        Assert.True(Assert.Single(states, s => s.Subject == "Thông báo mới").Sent);
        Assert.All(states.Where(s => s.Subject != "Thông báo mới"), s => Assert.False(s.Sent));
        Assert.True(await app.WithDbAsync(db => db.Set<UserNotification>().AnyAsync(n => n.UserId == userId && n.Title == "Thông báo mới" && n.Body == marker)));

        // Spent, so that no other test's dispatch sends them.
        var max = app.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.MaxAttempts;
        await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Body == marker && m.SentAt == null).ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, max)));
    }
}
