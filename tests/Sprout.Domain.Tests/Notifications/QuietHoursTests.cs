using Sprout.Domain.Notifications;

namespace Sprout.Domain.Tests.Notifications;

public class QuietHoursTests
{
    private static readonly QuietHours Night = new(new TimeOnly(21, 0), new TimeOnly(6, 30));

    private static DateTimeOffset Vn(int day, int hour, int minute) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_night_window_crossing_midnight_ends_the_next_morning()
    {
        Assert.Equal(Vn(6, 6, 30), Night.EndOf(Vn(5, 22, 15)));
        Assert.Equal(Vn(6, 6, 30), Night.EndOf(Vn(6, 3, 0)));
        Assert.Equal(Vn(6, 6, 30), Night.EndOf(Vn(5, 21, 0)));
        Assert.Null(Night.EndOf(Vn(6, 6, 30)));
        Assert.Null(Night.EndOf(Vn(5, 12, 0)));
    }

    [Fact]
    public void Vietnam_time_is_used_whatever_the_offset_of_the_instant()
    {
        // 15:00 UTC is 22:00 in Việt Nam: quiet.
        Assert.Equal(Vn(6, 6, 30), Night.EndOf(new DateTimeOffset(2026, 12, 5, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_daytime_window_and_an_empty_one()
    {
        var nap = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));
        Assert.Equal(Vn(5, 14, 0), nap.EndOf(Vn(5, 12, 30)));
        Assert.Null(nap.EndOf(Vn(5, 22, 0)));
        Assert.Null(new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0)).EndOf(Vn(5, 8, 0)));
    }
}
