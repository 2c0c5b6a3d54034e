using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

public sealed record NotificationRecipient(int? UserId, string? Email, string? ZaloId);

/// <summary>The channels outside the app, which a person may turn off kind by kind and which wait out quiet hours.</summary>
public static class NotificationChannelNames
{
    public static IReadOnlyList<string> External { get; } = [WebPushChannel.ChannelName, SmtpEmailChannel.ChannelName];
}

/// <summary>Queues notifications on the caller's context, to be saved with the caller's own change.</summary>
public sealed class NotificationOutbox(IOptions<NotificationOptions> options, TimeProvider clock)
{
    public int Enqueue(SproutDbContext db, int schoolId, IEnumerable<NotificationRecipient> recipients, string subject, string body, string? link)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        void Add(string channel, int? userId, string? address)
        {
            db.Add(new OutboxMessage
            {
                SchoolId = schoolId, Channel = channel, RecipientUserId = userId, RecipientAddress = address,
                Subject = subject, Body = body, Link = link, CreatedAt = now, NextAttemptAt = now,
            });
            count++;
        }
        foreach (var r in recipients)
        {
            if (r.UserId is { } userId)
            {
                Add(InAppChannel.ChannelName, userId, null);
            }
            if (options.Value.Smtp.Enabled && !string.IsNullOrWhiteSpace(r.Email))
            {
                Add(SmtpEmailChannel.ChannelName, r.UserId, r.Email);
            }
            if (options.Value.Zalo.Enabled && !string.IsNullOrWhiteSpace(r.ZaloId))
            {
                Add(ZaloOaChannel.ChannelName, r.UserId, r.ZaloId);
            }
        }
        return count;
    }

    /// <summary>
    /// Queues a notification of a kind to accounts: always in the app; by push to each installed app and by e-mail
    /// where the account has an address, unless the person turned that kind off for that channel. Quiet hours are
    /// applied when sending, so a preference changed in between still counts. Returns the messages queued.
    /// </summary>
    public async Task<int> EnqueueAsync(SproutDbContext db, int schoolId, NotificationKind kind, IEnumerable<int> userIds, string subject, string body, string? link, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var settings = await db.Set<NotificationSettings>().AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        var pushUsers = options.Value.WebPush.Enabled
            ? (await db.Set<WebPushSubscription>().AsNoTracking().Where(s => ids.Contains(s.UserId)).Select(s => s.UserId).Distinct().ToListAsync(ct)).ToHashSet()
            : [];
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var user in users.OrderBy(u => u.Id))
        {
            var muted = settings.GetValueOrDefault(user.Id);
            void Add(string channel, string? address)
            {
                if (channel != InAppChannel.ChannelName && muted?.IsMuted(kind.Code, channel) == true)
                {
                    return;
                }
                db.Add(new OutboxMessage
                {
                    SchoolId = schoolId, Channel = channel, RecipientUserId = user.Id, RecipientAddress = address,
                    Subject = subject, Body = body, Link = link, CreatedAt = now, NextAttemptAt = now,
                });
                count++;
            }
            Add(InAppChannel.ChannelName, null);
            if (pushUsers.Contains(user.Id))
            {
                Add(WebPushChannel.ChannelName, null);
            }
            if (options.Value.Smtp.Enabled && !string.IsNullOrWhiteSpace(user.Email))
            {
                Add(SmtpEmailChannel.ChannelName, user.Email);
            }
        }
        return count;
    }
}

/// <summary>Delivers pending outbox messages, retrying failures with a growing delay.</summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    // One dispatch at a time in this process, so a message is never picked up twice.
    // Several web instances would need row claiming (SELECT … FOR UPDATE SKIP LOCKED) instead.
    private readonly SemaphoreSlim _running = new(1, 1);

    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            return await DispatchBatchAsync(ct);
        }
        finally
        {
            _running.Release();
        }
    }

    private const int BatchSize = 100;

    /// <summary>
    /// Sends every due message, reading the pending ones in batches by id. Messages waiting out a retry delay are
    /// skipped in memory (SQLite cannot compare DateTimeOffset in SQL), so the reading goes on past them: a first
    /// hundred messages in back-off (a mail server down, a channel not enabled) once kept newer ones from ever going out.
    /// </summary>
    private async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var channels = scope.ServiceProvider.GetServices<INotificationChannel>().ToDictionary(c => c.Name, StringComparer.Ordinal);
        await using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        var now = clock.GetUtcNow();
        var sent = 0;
        for (var afterId = 0L; ;)
        {
            var pending = await db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.Attempts < options.Value.MaxAttempts && m.Id > afterId)
                .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            var quiet = await QuietHoursAsync(db, pending, ct);
            foreach (var message in pending.Where(m => m.NextAttemptAt <= now))
            {
                if (message.Channel != InAppChannel.ChannelName && message.RecipientUserId is { } userId && quiet(userId)?.EndOf(now) is { } quietEnd)
                {
                    // Held, not failed: no attempt is counted, and it goes out with the first run after the quiet hours.
                    message.NextAttemptAt = quietEnd.ToUniversalTime(); // PostgreSQL stores only UTC instants
                    await db.SaveChangesAsync(ct);
                    continue;
                }
                sent += await SendAsync(message, channels, ct) ? 1 : 0;
                await db.SaveChangesAsync(ct);
            }
            if (pending.Count < BatchSize)
            {
                return sent;
            }
            afterId = pending[^1].Id;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<Func<int, Sprout.Domain.Notifications.QuietHours?>> QuietHoursAsync(SproutDbContext db, List<OutboxMessage> pending, CancellationToken ct)
    {
        var ids = pending.Where(m => m.Channel != InAppChannel.ChannelName && m.RecipientUserId != null).Select(m => m.RecipientUserId!.Value).Distinct().ToList();
        var own = ids.Count == 0 ? new Dictionary<int, NotificationSettings>() : await db.Set<NotificationSettings>().AsNoTracking().Where(s => ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        var fallback = options.Value.DefaultQuietHours;
        return userId => own.TryGetValue(userId, out var settings) ? settings.Quiet : fallback;
    }

    private async Task<bool> SendAsync(OutboxMessage message, Dictionary<string, INotificationChannel> channels, CancellationToken ct)
    {
        message.Attempts++;
        try
        {
            if (!channels.TryGetValue(message.Channel, out var channel))
            {
                throw new InvalidOperationException($"Kênh thông báo \"{message.Channel}\" chưa được bật.");
            }
            await channel.SendAsync(message, ct);
            message.SentAt = clock.GetUtcNow();
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            message.NextAttemptAt = clock.GetUtcNow().AddSeconds(Math.Pow(2, message.Attempts) * 15);
            logger.LogWarning(ex, "Notification {Id} via {Channel} failed (attempt {Attempt}).", message.Id, message.Channel, message.Attempts);
            return false;
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the next tick tries again.
                logger.LogWarning(ex, "Outbox dispatch failed.");
            }
        }
    }
}

public static class NotificationServices
{
    public static IServiceCollection AddSproutNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<VapidKeys>();
        services.AddScoped<INotificationChannel, InAppChannel>();
        if (options.WebPush.Enabled)
        {
            services.AddHttpClient<WebPushChannel>();
            services.AddScoped<INotificationChannel>(sp => sp.GetRequiredService<WebPushChannel>());
        }
        if (options.Smtp.Enabled)
        {
            services.AddScoped<INotificationChannel, SmtpEmailChannel>();
        }
        if (options.Zalo.Enabled)
        {
            services.AddHttpClient<ZaloOaChannel>();
            services.AddScoped<INotificationChannel>(sp => sp.GetRequiredService<ZaloOaChannel>());
        }
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
