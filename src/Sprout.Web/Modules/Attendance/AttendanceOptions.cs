namespace Sprout.Web.Modules.Attendance;

/// <summary>The school's attendance settings (section "Attendance").</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>A child checked in after this time of day (Vietnam time) is on the day's late list.</summary>
    public TimeOnly LateAfter { get; set; } = new(8, 0);
}
