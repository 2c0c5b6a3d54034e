using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Account;

/// <summary>
/// "Forgot password" by e-mail. The page only drops the address here and always gives the same answer; the
/// look-up and the mail happen afterwards in the background, so neither the answer nor its time tells whether an
/// account has that address. The link goes through the outbox and the SMTP channel like any notification.
/// </summary>
public sealed class PasswordResetMail(
    IServiceScopeFactory scopes, PublicAddress address, TimeProvider clock, IConfiguration configuration, ILogger<PasswordResetMail> logger)
    : BackgroundService
{
    /// <summary>At most one mail per address in this time, so the form cannot flood someone's mailbox.</summary>
    public static readonly TimeSpan MailInterval = TimeSpan.FromMinutes(5);

    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    public void Request(string email)
    {
        email = email.Trim();
        if (email.Length is > 3 and <= 256 && email.Contains('@', StringComparison.Ordinal))
        {
            _requests.Writer.TryWrite(email);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(email, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Password reset mail could not be queued.");
            }
        }
    }

    private async Task SendAsync(string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var key = email.ToUpperInvariant();
        if (_lastSent.TryGetValue(key, out var last) && now - last < MailInterval)
        {
            return;
        }
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        await using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        var normalized = users.NormalizeEmail(email);
        // E-mail is not unique: each account with it gets its own link. An account outside any school (ward, system)
        // has no school outbox and is reset by its administrator instead.
        var accounts = await users.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized && u.SchoolId != null)
            .OrderBy(u => u.Id).ToListAsync(ct);
        var minutes = configuration.GetValue("Security:PasswordResetLinkMinutes", 30);
        foreach (var user in accounts)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = address.Link($"/dang-nhap/dat-lai-mat-khau?u={user.Id}&t={Uri.EscapeDataString(token)}");
            outbox.Enqueue(db, user.SchoolId!.Value, [new NotificationRecipient(null, user.Email, null)],
                "Đặt lại mật khẩu Sprout",
                $"Chào {user.FullName},\n\nCó yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Mở đường dẫn dưới đây trong {minutes} phút để đặt mật khẩu mới. "
                + "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.",
                link);
        }
        if (accounts.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            _lastSent[key] = now;
        }
    }
}
