using Sprout.Domain.Calendar;

namespace Sprout.Domain.Tests.Calendar;

public class SchoolDayRulesTests
{
    private static readonly SchoolDayRules Default = new(WeeklyRest.SaturdayAndSunday, []);

    [Fact]
    public void Weekends_and_holidays_are_not_school_days_and_say_why()
    {
        Assert.True(Default.IsSchoolDay(new DateOnly(2026, 12, 4))); // Friday
        Assert.Equal("Nghỉ cuối tuần", Default.StatusOf(new DateOnly(2026, 12, 5)).Reason);
        Assert.False(Default.IsSchoolDay(new DateOnly(2026, 12, 6)));
        Assert.Equal("Ngày Chiến thắng", Default.StatusOf(new DateOnly(2026, 4, 30)).Reason);
        Assert.False(Default.IsSchoolDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void Saturday_care_is_configurable()
    {
        var rules = new SchoolDayRules(WeeklyRest.Of(DayOfWeek.Sunday), []);
        Assert.True(rules.IsSchoolDay(new DateOnly(2026, 12, 5)));
        Assert.False(rules.IsSchoolDay(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void School_entries_override_the_law_and_the_week()
    {
        var rules = new SchoolDayRules(WeeklyRest.SaturdayAndSunday,
        [
            new CalendarEntry(new DateOnly(2026, 12, 5), CalendarEntryKind.MakeUpDay, "Học bù thứ Sáu"),
            new CalendarEntry(new DateOnly(2026, 12, 4), CalendarEntryKind.Closure, "Mất nước"),
            new CalendarEntry(new DateOnly(2026, 12, 8), CalendarEntryKind.Holiday, "Thành lập trường"),
        ]);
        Assert.True(rules.IsSchoolDay(new DateOnly(2026, 12, 5)));
        Assert.Equal("Trường nghỉ: Mất nước", rules.StatusOf(new DateOnly(2026, 12, 4)).Reason);
        Assert.False(rules.IsSchoolDay(new DateOnly(2026, 12, 8)));
        Assert.Equal(new DateOnly(2026, 12, 5), rules.NextSchoolDay(new DateOnly(2026, 12, 3)));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 7)],
            rules.SchoolDaysIn(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 8)));
    }

    [Fact]
    public void Next_school_day_skips_the_Tet_break()
    {
        Assert.Equal(new DateOnly(2026, 2, 23), Default.NextSchoolDay(new DateOnly(2026, 2, 13)));
    }

    [Theory]
    [InlineData("2026-12-02", "2026-11-30")] // Wednesday: this week
    [InlineData("2026-12-04", "2026-11-30")] // Friday: still this week
    [InlineData("2026-12-05", "2026-12-07")] // Saturday: the coming week
    [InlineData("2026-12-06", "2026-12-07")] // Sunday: the coming week
    [InlineData("2026-12-07", "2026-12-07")] // Monday
    public void This_week_on_a_weekend_is_the_coming_week(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            SchoolDayRules.WeekFor(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Monday);
}
