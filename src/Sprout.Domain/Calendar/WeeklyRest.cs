namespace Sprout.Domain.Calendar;

/// <summary>
/// The weekly rest days of a school: most kindergartens close on Saturday and Sunday, some keep Saturday care.
/// Not checked: whether a regulation fixes a kindergarten's week; it is the school's setting here.
/// Stored as a bit per <see cref="DayOfWeek"/> (bit 0 = Sunday).
/// </summary>
public readonly record struct WeeklyRest(int Bits)
{
    public static WeeklyRest SaturdayAndSunday { get; } = Of(DayOfWeek.Saturday, DayOfWeek.Sunday);

    public static WeeklyRest Of(params DayOfWeek[] days) => new(days.Aggregate(0, (bits, d) => bits | (1 << (int)d)));

    public bool IsRestDay(DateOnly date) => IsRestDay(date.DayOfWeek);

    public bool IsRestDay(DayOfWeek day) => (Bits & (1 << (int)day)) != 0;

    public IEnumerable<DayOfWeek> Days => Enum.GetValues<DayOfWeek>().Where(IsRestDay);
}
