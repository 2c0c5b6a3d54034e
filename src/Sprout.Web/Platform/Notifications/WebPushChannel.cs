using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

/// <summary>
/// Web Push to every installed app of the recipient (RFC 8030), the payload encrypted for each browser (RFC 8291,
/// aes128gcm) and the request signed with the server's VAPID key (RFC 8292), by Lib.Net.Http.WebPush.
/// A subscription the push service says is gone (404, 410) is deleted; any other failure retries the message later.
/// </summary>
public sealed class WebPushChannel(HttpClient http, VapidKeys keys, SproutDbContextFactory contexts, IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string ChannelName = "push";

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        var subscriptions = await db.Set<WebPushSubscription>().Where(s => s.UserId == message.RecipientUserId).OrderBy(s => s.Id).ToListAsync(ct);
        if (subscriptions.Count == 0)
        {
            return;
        }
        var pair = keys.Get();
        using var vapid = new VapidAuthentication(pair.PublicKey, pair.PrivateKey) { Subject = options.Value.WebPush.Subject };
        var client = new PushServiceClient(http) { DefaultAuthentication = vapid, DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid };
        var payload = JsonSerializer.Serialize(new { title = message.Subject, body = message.Body, url = message.Link ?? "/thong-bao" });
        Exception? failure = null;
        foreach (var subscription in subscriptions)
        {
            var target = new PushSubscription { Endpoint = subscription.Endpoint };
            target.SetKey(PushEncryptionKeyName.P256DH, subscription.P256dh);
            target.SetKey(PushEncryptionKeyName.Auth, subscription.Auth);
            try
            {
                // A day: a phone switched off overnight still gets the morning's news, not last week's.
                await client.RequestPushMessageDeliveryAsync(target, new PushMessage(payload) { TimeToLive = 86400, Urgency = PushMessageUrgency.Normal }, ct);
            }
            catch (PushServiceClientException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                db.Remove(subscription);
            }
            catch (Exception ex) when (ex is PushServiceClientException or HttpRequestException)
            {
                failure ??= ex;
            }
        }
        await db.SaveChangesAsync(ct);
        if (failure is not null)
        {
            throw new InvalidOperationException("Dịch vụ đẩy thông báo từ chối: " + failure.Message, failure);
        }
    }
}
