namespace Sprout.Domain.Growth;

/// <summary>
/// When a class is next due for weighing and measuring. The national preschool curriculum (Chương trình giáo dục
/// mầm non, Thông tư 17/2009/TT-BGDĐT ngày 25/7/2009, consolidated by Văn bản hợp nhất 01/VBHN-BGDĐT ngày
/// 13/4/2021, part "Chăm sóc sức khỏe") has children under 24 months weighed and measured every month and older
/// children every three months (once a quarter). The exact article was not re-checked against the consolidated text.
/// </summary>
public static class MeasuringCadence
{
    public const int UnderTwoMonths = 1;
    public const int FromTwoMonths = 3;

    /// <summary>Months between two measuring days for a class: monthly as soon as one child is under 24 months.</summary>
    public static int IntervalMonths(bool anyChildUnder24Months) => anyChildUnder24Months ? UnderTwoMonths : FromTwoMonths;

    /// <summary>The next measuring day: the interval after the last one, or today when the class was never measured.</summary>
    public static DateOnly NextDue(DateOnly? lastMeasured, bool anyChildUnder24Months, DateOnly today) =>
        lastMeasured is { } last ? last.AddMonths(IntervalMonths(anyChildUnder24Months)) : today;

    public static bool IsUnder24Months(DateOnly birth, DateOnly today) => birth.AddMonths(24) > today;
}
