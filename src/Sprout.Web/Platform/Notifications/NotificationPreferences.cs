using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Notifications;

public sealed class NotificationRuleException(string message) : RuleException(message);

/// <summary>What the browser's PushSubscription.toJSON() gives.</summary>
public sealed record PushSubscriptionInput(string? Endpoint, PushSubscriptionKeys? Keys);

public sealed record PushSubscriptionKeys(string? P256dh, string? Auth);

/// <summary>The writer of a person's own notification choices, read state and installed apps; each acts on the signed-in person only.</summary>
public sealed class NotificationPreferences(SproutDbContext db, TimeProvider clock)
{
    public async Task<NotificationSettings> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = RequireUser(user);
        return await db.Set<NotificationSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct) ?? new NotificationSettings { UserId = userId };
    }

    public async Task SaveAsync(ClaimsPrincipal user, IEnumerable<(string Kind, string Channel)> muted, bool quietOn, TimeOnly? from, TimeOnly? until, CancellationToken ct)
    {
        var userId = RequireUser(user);
        if (quietOn && (from is null || until is null))
        {
            throw new NotificationRuleException("Vui lòng nhập giờ bắt đầu và giờ kết thúc của giờ yên lặng, ví dụ 21:00 và 06:30.");
        }
        if (quietOn && from == until)
        {
            throw new NotificationRuleException("Giờ bắt đầu và giờ kết thúc của giờ yên lặng phải khác nhau.");
        }
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings { UserId = userId };
            db.Add(settings);
        }
        settings.Muted = string.Join(';', muted.Where(m => NotificationKind.Find(m.Kind) is not null && NotificationChannelNames.External.Contains(m.Channel))
            .Select(m => $"{m.Kind}:{m.Channel}").Distinct().Order(StringComparer.Ordinal));
        settings.QuietHoursOn = quietOn;
        if (quietOn)
        {
            (settings.QuietFrom, settings.QuietUntil) = (from!.Value, until!.Value);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.UserId() is { } userId ? await db.Set<UserNotification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct) : 0;

    public async Task MarkReadAsync(ClaimsPrincipal user, long? id, CancellationToken ct)
    {
        var userId = RequireUser(user);
        var now = clock.GetUtcNow();
        await db.Set<UserNotification>().Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>Keeps the installed app's subscription for the signed-in person; the same browser subscribing again replaces its old entry.</summary>
    public async Task SubscribeAsync(ClaimsPrincipal user, PushSubscriptionInput input, CancellationToken ct)
    {
        var userId = RequireUser(user);
        if (!Uri.TryCreate(input.Endpoint, UriKind.Absolute, out var endpoint) || input.Endpoint!.Length > 1000
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            throw new NotificationRuleException("Địa chỉ nhận thông báo của trình duyệt không hợp lệ.");
        }
        if (!KeyLength(input.Keys?.P256dh, 65) || !KeyLength(input.Keys?.Auth, 16))
        {
            throw new NotificationRuleException("Khóa nhận thông báo của trình duyệt không hợp lệ.");
        }
        var existing = await db.Set<WebPushSubscription>().FirstOrDefaultAsync(s => s.Endpoint == input.Endpoint, ct);
        if (existing is null)
        {
            existing = new WebPushSubscription { Endpoint = input.Endpoint, P256dh = input.Keys!.P256dh!, Auth = input.Keys.Auth! };
            db.Add(existing);
        }
        (existing.UserId, existing.P256dh, existing.Auth, existing.CreatedAt) = (userId, input.Keys!.P256dh!, input.Keys.Auth!, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task UnsubscribeAsync(ClaimsPrincipal user, string? endpoint, CancellationToken ct)
    {
        var userId = RequireUser(user);
        await db.Set<WebPushSubscription>().Where(s => s.UserId == userId && s.Endpoint == endpoint).ExecuteDeleteAsync(ct);
    }

    public async Task<int> SubscriptionCountAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await db.Set<WebPushSubscription>().CountAsync(s => s.UserId == RequireUser(user), ct);

    private static bool KeyLength(string? base64Url, int length)
    {
        try
        {
            return base64Url is not null && WebEncoders.Base64UrlDecode(base64Url).Length == length;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static int RequireUser(ClaimsPrincipal user) => user.UserId() ?? throw new NotificationRuleException("Vui lòng đăng nhập.");
}
