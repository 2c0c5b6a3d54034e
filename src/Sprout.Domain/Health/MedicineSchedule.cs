using System.Globalization;
using System.Text.RegularExpressions;

namespace Sprout.Domain.Health;

/// <summary>What a reminder run should do for one medicine request: remind for <see cref="Slot"/> (minutes after midnight), or only mark it done.</summary>
public sealed record MedicineReminder(int Slot, bool Send);

/// <summary>
/// When to remind staff of medicine a family sent. Families write the times as free text ("8h30 và 14h", "sau ăn trưa");
/// times that can be read become reminders shortly before each, anything else one reminder when the school day begins.
/// </summary>
public static partial class MedicineSchedule
{
    /// <summary>The school day starts at 07:30 (Vietnam time): the reminder when no time can be read.</summary>
    public const int DayStart = 7 * 60 + 30;

    /// <summary>How long before a dose the reminder goes out.</summary>
    public const int LeadMinutes = 15;

    // A child is at school between these; a dose outside (20h, before bed) is the family's.
    private const int EarliestAtSchool = 6 * 60;
    private const int LatestAtSchool = 18 * 60;

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*(?:giờ|h(?!\p{L})|:)\s*(\d{2})?(?:\s*(?:phút|p))?(?:\s*(sáng|trưa|chiều|tối))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>The dose times read from the family's text, in minutes after midnight, ascending; empty when none can be read.</summary>
    public static IReadOnlyList<int> ReadTimes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var times = new SortedSet<int>();
        foreach (Match m in TimePattern().Matches(text.Normalize(System.Text.NormalizationForm.FormC)))
        {
            var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            var part = m.Groups[3].Value.ToLowerInvariant();
            if (hour < 12 && (part is "chiều" or "tối" || (part == "trưa" && hour < 3)))
            {
                hour += 12;
            }
            if (hour > 23 || minute > 59)
            {
                continue;
            }
            var at = hour * 60 + minute;
            if (at is >= EarliestAtSchool and <= LatestAtSchool)
            {
                times.Add(at);
            }
        }
        return [.. times];
    }

    /// <summary>The reminder slots of a request: its readable times, or the start of the school day.</summary>
    public static IReadOnlyList<int> Slots(string? text) => ReadTimes(text) is { Count: > 0 } times ? times : [DayStart];

    /// <summary>
    /// The latest slot now due (its reminder time reached) and not yet reminded, or null. Earlier slots missed while
    /// the server was down are covered by this one reminder rather than sent one after another. A slot whose dose is
    /// already recorded as given (staff record each dose by its slot) is marked without a message.
    /// </summary>
    public static MedicineReminder? Due(IReadOnlyList<int> slots, int nowMinute, int? remindedThrough, IReadOnlyCollection<int> givenSlots)
    {
        var due = slots.Where(s => s - LeadMinutes <= nowMinute && (remindedThrough is null || s > remindedThrough)).ToList();
        if (due.Count == 0)
        {
            return null;
        }
        var slot = due.Max();
        return new MedicineReminder(slot, !givenSlots.Contains(slot));
    }

    /// <summary>Every dose of the day is recorded as given.</summary>
    public static bool AllGiven(string? times, IReadOnlyCollection<int> givenSlots) => Slots(times).All(givenSlots.Contains);

    /// <summary>The last slot a message sent now already covers (the family's request itself tells staff): null when none is due yet.</summary>
    public static int? CoveredBy(IReadOnlyList<int> slots, int nowMinute) =>
        slots.Where(s => s - LeadMinutes <= nowMinute).Select(s => (int?)s).Max();

    public static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
