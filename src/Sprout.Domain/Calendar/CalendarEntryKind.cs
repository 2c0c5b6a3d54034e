namespace Sprout.Domain.Calendar;

/// <summary>What a school decided about one day, over the law and the weekly rest.</summary>
public enum CalendarEntryKind
{
    /// <summary>Closed on a day that would be a school day (weather, a water cut, an election).</summary>
    Closure = 1,

    /// <summary>Open on a day that would be off: a Saturday worked to bridge a holiday, or a holiday the Government moved.</summary>
    MakeUpDay = 2,

    /// <summary>The school's own day off (its founding day, a local festival).</summary>
    Holiday = 3,
}

public sealed record CalendarEntry(DateOnly Date, CalendarEntryKind Kind, string Note);
