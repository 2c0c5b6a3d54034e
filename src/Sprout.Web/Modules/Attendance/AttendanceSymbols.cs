namespace Sprout.Web.Modules.Attendance;

/// <summary>The usual marks of a sổ điểm danh: x present, P absent with leave, K absent without leave.</summary>
public static class AttendanceSymbols
{
    public const string Present = "x";
    public const string Excused = "P";
    public const string Unexcused = "K";

    public static string For(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => Present,
        AttendanceStatus.AbsentExcused => Excused,
        _ => Unexcused,
    };
}
