namespace Sprout.Domain.Cell;

/// <summary>One member's attendance at one meeting.</summary>
public enum AttendanceMark
{
    Present = 0,
    AbsentExcused = 1,
    AbsentUnexcused = 2,
}

/// <summary>Vietnamese names of the attendance marks.</summary>
public static class AttendanceMarks
{
    public static string Name(this AttendanceMark mark) => mark switch
    {
        AttendanceMark.Present => "Có mặt",
        AttendanceMark.AbsentExcused => "Vắng có lý do",
        AttendanceMark.AbsentUnexcused => "Vắng không lý do",
        _ => throw new ArgumentOutOfRangeException(nameof(mark)),
    };
}
