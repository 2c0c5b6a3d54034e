using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

/// <summary>
/// A notification waiting to be delivered. It is written in the same transaction as the change that causes
/// it, so a crash can neither lose it nor send it for a change that was rolled back.
/// </summary>
public class OutboxMessage : ISchoolOwned
{
    public long Id { get; set; }
    public int SchoolId { get; set; }
    public required string Channel { get; set; }
    public int? RecipientUserId { get; set; }

    /// <summary>E-mail address or Zalo user id, for channels that deliver outside Sprout.</summary>
    public string? RecipientAddress { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>An in-app notification shown on the person's notifications page.</summary>
public class UserNotification : ISchoolOwned
{
    public long Id { get; set; }
    public int SchoolId { get; set; }
    public int UserId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
