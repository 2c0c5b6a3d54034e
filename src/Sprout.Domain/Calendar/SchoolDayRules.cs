namespace Sprout.Domain.Calendar;

/// <summary>Why a day is or is not a school day, in words a teacher reads.</summary>
public sealed record DayStatus(DateOnly Date, bool IsSchoolDay, string? Reason);

/// <summary>A week the school plans for: Monday to Sunday.</summary>
public sealed record SchoolWeek(DateOnly Monday)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);
}

/// <summary>
/// Which days a school is open: a school's own entry wins (a make-up day opens even a Sunday or a holiday;
/// a closure or the school's holiday closes), then public holidays with their make-up days off, then the weekly rest.
/// </summary>
public sealed class SchoolDayRules(WeeklyRest weeklyRest, IEnumerable<CalendarEntry> entries)
{
    private readonly Dictionary<DateOnly, CalendarEntry> _entries = entries.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => g.Last());
    private readonly Dictionary<int, Dictionary<DateOnly, PublicHoliday>> _holidays = [];

    public WeeklyRest WeeklyRest => weeklyRest;

    public DayStatus StatusOf(DateOnly date)
    {
        if (_entries.TryGetValue(date, out var entry))
        {
            return entry.Kind == CalendarEntryKind.MakeUpDay
                ? new DayStatus(date, true, Describe("Ngày học bù", entry.Note))
                : new DayStatus(date, false, Describe(entry.Kind == CalendarEntryKind.Closure ? "Trường nghỉ" : "Ngày nghỉ của trường", entry.Note));
        }
        if (HolidaysOf(date.Year).TryGetValue(date, out var holiday))
        {
            return new DayStatus(date, false, holiday.Name);
        }
        return weeklyRest.IsRestDay(date) ? new DayStatus(date, false, "Nghỉ cuối tuần") : new DayStatus(date, true, null);
    }

    public bool IsSchoolDay(DateOnly date) => StatusOf(date).IsSchoolDay;

    /// <summary>The first school day after <paramref name="date"/>; none within a year means the calendar is closed, which is refused.</summary>
    public DateOnly NextSchoolDay(DateOnly date)
    {
        for (var d = date.AddDays(1); d <= date.AddDays(366); d = d.AddDays(1))
        {
            if (IsSchoolDay(d))
            {
                return d;
            }
        }
        throw new InvalidOperationException("No school day within a year.");
    }

    public IReadOnlyList<DateOnly> SchoolDaysIn(DateOnly first, DateOnly last)
    {
        var days = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (IsSchoolDay(d))
            {
                days.Add(d);
            }
        }
        return days;
    }

    /// <summary>
    /// The week a family or the kitchen means by "this week": the current one from Monday to Friday, the coming one
    /// from Saturday on (on a weekend the week that just ended is over). Only the weekday matters, not the school's rest.
    /// </summary>
    public static SchoolWeek WeekFor(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return new SchoolWeek(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? monday.AddDays(7) : monday);
    }

    private Dictionary<DateOnly, PublicHoliday> HolidaysOf(int year)
    {
        if (!_holidays.TryGetValue(year, out var days))
        {
            days = PublicHolidays.For(year, weeklyRest).GroupBy(h => h.Date).ToDictionary(g => g.Key, g => g.First());
            _holidays[year] = days;
        }
        return days;
    }

    private static string Describe(string what, string note) => string.IsNullOrWhiteSpace(note) ? what : $"{what}: {note}";
}
