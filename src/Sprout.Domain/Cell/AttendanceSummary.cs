namespace Sprout.Domain.Cell;

/// <summary>Member-meeting slots by mark. <see cref="Rate"/> is null when there were no slots, since 0 % would read as everyone absent.</summary>
public sealed record AttendanceSummary(int Present, int Excused, int Unexcused)
{
    public int Slots => Present + Excused + Unexcused;

    /// <summary>Present over all slots: an excused absence is still an absence for target T3 (100 % attendance).</summary>
    public double? Rate => Slots == 0 ? null : (double)Present / Slots;
}
