using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class MeasuringCadenceTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void A_class_of_children_over_two_is_measured_three_months_after_the_last_time() =>
        Assert.Equal(new DateOnly(2027, 2, 15), MeasuringCadence.NextDue(new DateOnly(2026, 11, 15), anyChildUnder24Months: false, Today));

    [Fact]
    public void A_class_with_a_child_under_two_is_measured_every_month() =>
        Assert.Equal(new DateOnly(2026, 12, 15), MeasuringCadence.NextDue(new DateOnly(2026, 11, 15), anyChildUnder24Months: true, Today));

    [Fact]
    public void A_class_never_measured_is_due_today() =>
        Assert.Equal(Today, MeasuringCadence.NextDue(null, anyChildUnder24Months: false, Today));

    [Theory]
    [InlineData("2024-12-06", true)]
    [InlineData("2024-12-05", false)]
    [InlineData("2022-01-01", false)]
    public void Under_24_months_ends_on_the_second_birthday(string birth, bool under) =>
        Assert.Equal(under, MeasuringCadence.IsUnder24Months(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), Today));
}
