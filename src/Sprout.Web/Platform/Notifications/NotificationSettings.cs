using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Notifications;

namespace Sprout.Web.Platform.Notifications;

/// <summary>
/// A person's choices: which kinds may reach them outside the app (by push or e-mail) and their quiet hours.
/// No row means the defaults: every kind on every channel, quiet hours from the configuration.
/// The in-app list always records everything: it is the person's record of what happened.
/// </summary>
public class NotificationSettings
{
    public int UserId { get; set; }

    /// <summary>Turned-off pairs "kind:channel", separated by ';' (e.g. "message:email;contact-book:push").</summary>
    public string Muted { get; set; } = string.Empty;
    public bool QuietHoursOn { get; set; } = true;
    public TimeOnly QuietFrom { get; set; } = new(21, 0);
    public TimeOnly QuietUntil { get; set; } = new(6, 30);

    public bool IsMuted(string kind, string channel) => Muted.Split(';').Contains($"{kind}:{channel}", StringComparer.Ordinal);

    public QuietHours? Quiet => QuietHoursOn ? new QuietHours(QuietFrom, QuietUntil) : null;
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).ValueGeneratedNever();
        builder.Property(s => s.Muted).HasMaxLength(1000);
    }
}

/// <summary>One installed app (browser) of a person that accepts Web Push: what its push service gave it.</summary>
public class WebPushSubscription
{
    public long Id { get; set; }
    public int UserId { get; set; }

    /// <summary>The push service's URL for this browser (RFC 8030); a capability, kept as given.</summary>
    public required string Endpoint { get; set; }

    /// <summary>The browser's P-256 public key and authentication secret (RFC 8291), base64url.</summary>
    public required string P256dh { get; set; }
    public required string Auth { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class WebPushSubscriptionConfiguration : IEntityTypeConfiguration<WebPushSubscription>
{
    public void Configure(EntityTypeBuilder<WebPushSubscription> builder)
    {
        builder.Property(s => s.Endpoint).HasMaxLength(1000);
        builder.Property(s => s.P256dh).HasMaxLength(200);
        builder.Property(s => s.Auth).HasMaxLength(100);
        builder.HasIndex(s => s.Endpoint).IsUnique();
        builder.HasIndex(s => s.UserId);
    }
}
