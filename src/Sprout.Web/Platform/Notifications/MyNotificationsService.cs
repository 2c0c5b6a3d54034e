using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

/// <summary>A signed-in person's in-app notifications: the latest ones, and marking them read.</summary>
public sealed class MyNotificationsService(SproutDbContext db, TimeProvider clock)
{
    public const int Shown = 100;

    public async Task<List<UserNotification>> LatestAsync(int? userId, CancellationToken ct) =>
        await db.Set<UserNotification>().AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(Shown).ToListAsync(ct);

    public async Task MarkAllReadAsync(int? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Set<UserNotification>().Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
