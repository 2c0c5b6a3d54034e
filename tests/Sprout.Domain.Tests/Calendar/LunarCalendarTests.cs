using Sprout.Domain.Calendar;

namespace Sprout.Domain.Tests.Calendar;

public class LunarCalendarTests
{
    [Theory]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void Tet_falls_on_the_announced_day(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.NewYear(year));

    [Theory]
    // Years where Vietnam (UTC+7) and China (UTC+8) celebrate on different days: the time zone must be Vietnam's.
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    public void Tet_is_computed_for_Vietnam_time_not_China_time(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.ToSolar(10, 3, year));

    [Fact]
    public void A_leap_month_exists_only_where_the_year_has_one()
    {
        // 2025 (Ất Tỵ) has a leap sixth month: 1/6 nhuận is 25/07/2025.
        Assert.Equal(new DateOnly(2025, 7, 25), LunarCalendar.ToSolar(1, 6, 2025, leap: true));
        Assert.Equal(new DateOnly(2025, 6, 25), LunarCalendar.ToSolar(1, 6, 2025));
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(1, 6, 2026, leap: true));
    }
}
