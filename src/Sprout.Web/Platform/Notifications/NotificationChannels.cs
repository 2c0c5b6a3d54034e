using System.Net;
using System.Net.Http.Json;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

/// <summary>One way of delivering an outbox message. A channel throws to ask for a retry later.</summary>
public interface INotificationChannel
{
    string Name { get; }

    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public int PollSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 8;
    public SmtpOptions Smtp { get; set; } = new();
    public ZaloOptions Zalo { get; set; } = new();
    public WebPushOptions WebPush { get; set; } = new();

    /// <summary>Quiet hours of a person who has not chosen their own, "HH:mm-HH:mm" in Vietnam's time; empty for none.</summary>
    public string QuietHours { get; set; } = "21:00-06:30";

    public Sprout.Domain.Notifications.QuietHours? DefaultQuietHours =>
        QuietHours.Split('-') is [var from, var until]
        && TimeOnly.TryParseExact(from.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var f)
        && TimeOnly.TryParseExact(until.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var u)
            ? new Sprout.Domain.Notifications.QuietHours(f, u) : null;
}

/// <summary>Web Push to the installed app: on unless turned off; the VAPID key pair is made on first use.</summary>
public sealed class WebPushOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Who push services may contact about this server's pushes (RFC 8292 "sub"): a mailto: or https: URL.</summary>
    public string Subject { get; set; } = "mailto:quantri@sprout.local";
}

public sealed class SmtpOptions
{
    /// <summary>Empty means e-mail is off: messages for it are not queued.</summary>
    public string Host { get; set; } = string.Empty;
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string From { get; set; } = "Sprout <no-reply@sprout.local>";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public bool Enabled => Host.Length > 0;
}

/// <summary>Zalo Official Account: configured by the school, off by default.</summary>
public sealed class ZaloOptions
{
    public bool Enabled { get; set; }
    public string ApiBase { get; set; } = "https://openapi.zalo.me";
    public string? AccessToken { get; set; }
}

/// <summary>Writes the notification to the recipient's in-app list.</summary>
public sealed class InAppChannel(SproutDbContextFactory contexts, TimeProvider clock) : INotificationChannel
{
    public const string ChannelName = "in-app";

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        db.Add(new UserNotification
        {
            SchoolId = message.SchoolId, UserId = message.RecipientUserId ?? throw new InvalidOperationException("In-app notification without a recipient."),
            Title = message.Subject, Body = message.Body, Link = message.Link, CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Sends e-mail through the school's SMTP server.</summary>
public sealed class SmtpEmailChannel(IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }
        using var mail = new MailMessage(new MailAddress(ParseAddress(smtp.From).Address, ParseAddress(smtp.From).DisplayName), new MailAddress(message.RecipientAddress!))
        {
            Subject = message.Subject,
            Body = message.Link is null ? message.Body : $"{message.Body}\n\n{message.Link}",
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(mail, ct);
    }

    private static MailAddress ParseAddress(string from) => new(from);
}

/// <summary>
/// Sends a consultation message through a Zalo Official Account (Zalo OA Open API v3). Registered only when
/// the school turns it on with its OA access token; nothing here reaches Zalo in tests.
/// </summary>
public sealed class ZaloOaChannel(HttpClient http, IOptions<NotificationOptions> options) : INotificationChannel
{
    public const string ChannelName = "zalo";

    public string Name => ChannelName;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var zalo = options.Value.Zalo;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{zalo.ApiBase.TrimEnd('/')}/v3.0/oa/message/cs")
        {
            Content = JsonContent.Create(new
            {
                recipient = new { user_id = message.RecipientAddress },
                message = new { text = $"{message.Subject}\n{message.Body}" },
            }),
        };
        request.Headers.Add("access_token", zalo.AccessToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}
