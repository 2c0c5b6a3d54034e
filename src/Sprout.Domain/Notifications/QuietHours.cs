namespace Sprout.Domain.Notifications;

/// <summary>
/// A person's quiet hours in Vietnam's local time (UTC+7): no phone push, e-mail or Zalo message then; the in-app
/// list is still written, and the rest goes out when the quiet hours end. A window may cross midnight (21:00–06:30).
/// </summary>
public readonly record struct QuietHours(TimeOnly From, TimeOnly Until)
{
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);

    /// <summary>When the quiet hours holding <paramref name="now"/> end, or null when <paramref name="now"/> is not in them.</summary>
    public DateTimeOffset? EndOf(DateTimeOffset now)
    {
        if (From == Until)
        {
            return null;
        }
        var local = now.ToOffset(VietnamOffset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        bool quiet;
        DateOnly endDay;
        if (From < Until)
        {
            quiet = time >= From && time < Until;
            endDay = day;
        }
        else
        {
            quiet = time >= From || time < Until;
            endDay = time >= From ? day.AddDays(1) : day;
        }
        return quiet ? new DateTimeOffset(endDay.ToDateTime(Until), VietnamOffset) : null;
    }
}
