namespace Sprout.Domain.Calendar;

/// <summary>A day off for everyone by law, or the day off given in its place.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name, bool Compensatory = false);

/// <summary>
/// Public holidays of Bộ luật Lao động 2019 (Law 45/2019/QH14 of 20/11/2019, in force 01/01/2021), Article 112(1):
/// Tết Dương lịch 1 day (1/1), Tết Âm lịch 5 days, Chiến thắng 30/4, Quốc tế lao động 1/5,
/// Quốc khánh 2 days (2/9 and the day before or after), Giỗ Tổ Hùng Vương 1 day (10/3 âm lịch).
/// Article 111(3): a holiday that falls on the weekly rest day is made up on the next working day.
/// <para>
/// The law leaves two spans to the Prime Minister's yearly decision, so this encodes the usual choice and the school
/// corrects a different year with its own calendar entries (a closure or a make-up day):
/// Tết is the last two days of the old lunar year and mùng 1 to mùng 3, which with the make-up days of Article 111(3)
/// gives exactly the spans announced for 2022 (29/1–6/2 with weekends), 2023 (20/1–26/1), 2024 (8/2–14/2),
/// 2025 (25/1–2/2 with weekends) and 2026 (14/2–22/2 with weekends); Quốc khánh's second day is the one that joins
/// the holiday to the weekend (3/9 when 2/9 is a Monday, Thursday or Sunday, else 1/9), as announced for 2021–2025.
/// Not checked: the second Quốc khánh day of a year where 2/9 is a Wednesday (here 3/9), and the swaps of a working
/// day the Government announces for civil servants (e.g. a Saturday worked to bridge a gap): those are school entries.
/// </para>
/// </summary>
public static class PublicHolidays
{
    /// <summary>The holidays and make-up days of a calendar year, for a school whose weekly rest days are <paramref name="weeklyRest"/>.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year, WeeklyRest weeklyRest)
    {
        var days = Statutory(year).Concat(Statutory(year + 1)).Concat(Statutory(year - 1))
            .GroupBy(h => h.Date).Select(g => g.First()).OrderBy(h => h.Date).ToList();
        var taken = days.Select(h => h.Date).ToHashSet();
        var result = new List<PublicHoliday>(days);
        foreach (var holiday in days.Where(h => weeklyRest.IsRestDay(h.Date)))
        {
            var next = holiday.Date.AddDays(1);
            while (weeklyRest.IsRestDay(next) || taken.Contains(next))
            {
                next = next.AddDays(1);
            }
            taken.Add(next);
            result.Add(new PublicHoliday(next, $"Nghỉ bù {holiday.Name}", Compensatory: true));
        }
        return result.Where(h => h.Date.Year == year).OrderBy(h => h.Date).ToList();
    }

    /// <summary>The statutory days whose names belong to <paramref name="year"/> (the day before Tết may fall in the previous January or February).</summary>
    public static IEnumerable<PublicHoliday> Statutory(int year)
    {
        yield return new PublicHoliday(new DateOnly(year, 1, 1), "Tết Dương lịch");
        var tet = LunarCalendar.NewYear(year);
        yield return new PublicHoliday(tet.AddDays(-2), "Tết Nguyên đán (trước Tết)");
        yield return new PublicHoliday(tet.AddDays(-1), "Tết Nguyên đán (ngày cuối năm)");
        for (var i = 0; i < 3; i++)
        {
            yield return new PublicHoliday(tet.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})");
        }
        yield return new PublicHoliday(LunarCalendar.ToSolar(10, 3, year), "Giỗ Tổ Hùng Vương");
        yield return new PublicHoliday(new DateOnly(year, 4, 30), "Ngày Chiến thắng");
        yield return new PublicHoliday(new DateOnly(year, 5, 1), "Ngày Quốc tế lao động");
        var national = new DateOnly(year, 9, 2);
        yield return new PublicHoliday(SecondNationalDay(national), "Quốc khánh");
        yield return new PublicHoliday(national, "Quốc khánh");
    }

    private static DateOnly SecondNationalDay(DateOnly national) => national.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Thursday or DayOfWeek.Sunday => national.AddDays(1),
        _ => national.AddDays(-1),
    };
}
