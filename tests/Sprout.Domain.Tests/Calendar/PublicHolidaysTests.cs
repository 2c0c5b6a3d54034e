using Sprout.Domain.Calendar;

namespace Sprout.Domain.Tests.Calendar;

public class PublicHolidaysTests
{
    private static HashSet<DateOnly> DaysOff(int year) => PublicHolidays.For(year, WeeklyRest.SaturdayAndSunday).Select(h => h.Date).ToHashSet();

    private static IEnumerable<DateOnly> Span(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        for (var d = new DateOnly(y1, m1, d1); d <= new DateOnly(y2, m2, d2); d = d.AddDays(1))
        {
            yield return d;
        }
    }

    [Theory]
    // The Government's announced Tết breaks; weekends inside them are weekly rest, not holidays.
    [InlineData(2023, 1, 20, 1, 26)]
    [InlineData(2024, 2, 8, 2, 14)]
    [InlineData(2025, 1, 27, 1, 31)]
    [InlineData(2026, 2, 16, 2, 20)]
    public void Tet_break_matches_the_announced_span(int year, int m1, int d1, int m2, int d2)
    {
        var rest = WeeklyRest.SaturdayAndSunday;
        var weekdaysOff = DaysOff(year).Where(d => d.Month <= 2 && d > new DateOnly(year, 1, 2) && !rest.IsRestDay(d)).ToList();
        Assert.Equal(Span(year, m1, d1, year, m2, d2).Where(d => !rest.IsRestDay(d)), weekdaysOff);
    }

    [Fact]
    public void Fixed_days_and_Hung_Kings_day_are_off_and_a_weekend_holiday_is_made_up_on_the_next_working_day()
    {
        var days = PublicHolidays.For(2022, WeeklyRest.SaturdayAndSunday);
        // 30/4/2022 is a Saturday, 1/5 a Sunday: made up on Monday 2/5 and Tuesday 3/5 (as announced).
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 5, 2) && h.Compensatory);
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 5, 3) && h.Compensatory);
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 4, 10) && h.Name == "Giỗ Tổ Hùng Vương");
        // Giỗ Tổ 2022 is a Sunday: made up on Monday 11/4.
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 4, 11) && h.Compensatory);
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 1, 1));
    }

    [Theory]
    [InlineData(2021, 3)] // Thursday 2/9: Friday 3/9
    [InlineData(2022, 1)] // Friday: Thursday 1/9
    [InlineData(2024, 3)] // Monday: Tuesday 3/9
    [InlineData(2025, 1)] // Tuesday: Monday 1/9
    public void National_day_takes_the_adjacent_day_the_Government_announced(int year, int adjacent)
    {
        var off = DaysOff(year);
        Assert.Contains(new DateOnly(year, 9, 2), off);
        Assert.Contains(new DateOnly(year, 9, adjacent), off);
        Assert.DoesNotContain(new DateOnly(year, 9, adjacent == 1 ? 3 : 1), off);
    }

    [Fact]
    public void Saturday_national_day_2023_gives_Friday_and_the_Monday_after()
    {
        var off = DaysOff(2023);
        Assert.Contains(new DateOnly(2023, 9, 1), off);
        Assert.Contains(new DateOnly(2023, 9, 4), off);
        Assert.DoesNotContain(new DateOnly(2023, 9, 5), off);
    }

    [Fact]
    public void A_school_open_on_Saturday_makes_up_only_Sunday_holidays()
    {
        var sundayOnly = WeeklyRest.Of(DayOfWeek.Sunday);
        var days = PublicHolidays.For(2022, sundayOnly);
        Assert.DoesNotContain(days, h => h.Compensatory && h.Name.Contains("Ngày Chiến thắng", StringComparison.Ordinal)); // 30/4 Saturday is a working day there
        Assert.Contains(days, h => h.Date == new DateOnly(2022, 5, 2) && h.Compensatory); // 1/5 Sunday
    }
}
