namespace Sprout.Domain.Cell;

/// <summary>
/// Meeting obligations of Hướng dẫn 12-HD/BTCTW (2022): a regular meeting every month, a thematic one at least
/// every quarter (target T17), and full attendance (target T3).
/// </summary>
/// <remarks>
/// A month or quarter is only reported once it has fully ended by <c>today</c>: a cell still has until the last day
/// to hold the meeting, so flagging the current period would raise false alarms.
/// </remarks>
public static class MeetingRules
{
    /// <summary>Quarters of <paramref name="year"/> that ended before <paramref name="today"/> without a thematic meeting.</summary>
    public static IReadOnlyList<int> QuartersWithoutThematic(IEnumerable<(DateOnly Date, MeetingKind Kind)> held, int year, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(held);
        var covered = held
            .Where(m => m.Kind == MeetingKind.Thematic && m.Date.Year == year)
            .Select(m => ((m.Date.Month - 1) / 3) + 1)
            .ToHashSet();
        return [.. Enumerable.Range(1, 4).Where(q => new DateOnly(year, q * 3, 1).AddMonths(1) <= today && !covered.Contains(q))];
    }

    /// <summary>Months of <paramref name="year"/> that ended before <paramref name="today"/> without a regular meeting.</summary>
    public static IReadOnlyList<int> MonthsWithoutRegular(IEnumerable<(DateOnly Date, MeetingKind Kind)> held, int year, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(held);
        var covered = held
            .Where(m => m.Kind == MeetingKind.Regular && m.Date.Year == year)
            .Select(m => m.Date.Month)
            .ToHashSet();
        return [.. Enumerable.Range(1, 12).Where(m => new DateOnly(year, m, 1).AddMonths(1) <= today && !covered.Contains(m))];
    }

    /// <summary>Counts one mark per member per meeting.</summary>
    public static AttendanceSummary AttendanceRate(IEnumerable<AttendanceMark> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        int present = 0, excused = 0, unexcused = 0;
        foreach (var mark in slots)
        {
            switch (mark)
            {
                case AttendanceMark.Present:
                    present++;
                    break;
                case AttendanceMark.AbsentExcused:
                    excused++;
                    break;
                case AttendanceMark.AbsentUnexcused:
                    unexcused++;
                    break;
                default:
                    throw new ArgumentException("Trạng thái dự họp không hợp lệ.", nameof(slots));
            }
        }

        return new AttendanceSummary(present, excused, unexcused);
    }
}
