using Sprout.Domain.Health;

namespace Sprout.Domain.Tests.Health;

public class MedicineScheduleTests
{
    private static int At(int hour, int minute = 0) => hour * 60 + minute;

    [Theory]
    [InlineData("8h30 và 14h", new[] { 510, 840 })]
    [InlineData("9:00, 11:15", new[] { 540, 675 })]
    [InlineData("10 giờ 30 phút", new[] { 630 })]
    [InlineData("2h chiều", new[] { 840 })]
    [InlineData("uống lúc 9h sáng, 20h tối ở nhà", new[] { 540 })]
    [InlineData("sau ăn trưa", new int[0])]
    [InlineData("2 lần/ngày", new int[0])]
    [InlineData("25h", new int[0])]
    public void Times_are_read_from_what_the_family_wrote(string text, int[] expected)
    {
        Assert.Equal(expected, MedicineSchedule.ReadTimes(text));
    }

    [Fact]
    public void Unreadable_times_become_one_reminder_at_the_start_of_the_school_day()
    {
        Assert.Equal([At(7, 30)], MedicineSchedule.Slots("sau ăn trưa"));
        Assert.Equal([At(9), At(14)], MedicineSchedule.Slots("9h, 14h"));
    }

    [Fact]
    public void A_slot_is_due_a_quarter_of_an_hour_before_and_only_once()
    {
        int[] slots = [At(9), At(14)];
        Assert.Null(MedicineSchedule.Due(slots, At(8, 44), remindedThrough: null, givenSlots: []));
        Assert.Equal(new MedicineReminder(At(9), true), MedicineSchedule.Due(slots, At(8, 45), null, []));
        Assert.Null(MedicineSchedule.Due(slots, At(9, 30), remindedThrough: At(9), givenSlots: []));
        Assert.Equal(new MedicineReminder(At(14), true), MedicineSchedule.Due(slots, At(13, 50), At(9), []));
        Assert.Null(MedicineSchedule.Due(slots, At(16), At(14), []));
    }

    [Fact]
    public void Slots_missed_while_the_server_was_down_give_one_reminder_for_the_latest()
    {
        Assert.Equal(new MedicineReminder(At(14), true), MedicineSchedule.Due([At(9), At(11), At(14)], At(14, 5), null, []));
    }

    [Fact]
    public void A_dose_already_given_is_marked_without_a_reminder()
    {
        Assert.Equal(new MedicineReminder(At(9), false), MedicineSchedule.Due([At(9)], At(8, 50), null, givenSlots: [At(9)]));
        // Given for the morning dose: the afternoon one is still reminded.
        Assert.Equal(new MedicineReminder(At(14), true), MedicineSchedule.Due([At(9), At(14)], At(13, 50), At(9), givenSlots: [At(9)]));
        Assert.Equal(new MedicineReminder(At(14), false), MedicineSchedule.Due([At(9), At(14)], At(13, 50), At(9), givenSlots: [At(9), At(14)]));
    }

    [Fact]
    public void The_day_is_done_when_every_dose_is_given()
    {
        Assert.False(MedicineSchedule.AllGiven("9h và 14h", [At(9)]));
        Assert.True(MedicineSchedule.AllGiven("9h và 14h", [At(9), At(14)]));
        // No time the family wrote can be read: one dose, at the start of the day.
        Assert.True(MedicineSchedule.AllGiven("sau ăn trưa", [MedicineSchedule.DayStart]));
    }

    [Fact]
    public void The_familys_request_covers_every_slot_already_due_when_it_is_sent()
    {
        Assert.Equal(At(9), MedicineSchedule.CoveredBy([At(9), At(14)], At(10)));
        Assert.Null(MedicineSchedule.CoveredBy([At(9), At(14)], At(7)));
    }
}
