namespace Sprout.Domain.Cell;

/// <summary>The two kinds of cell meeting in Hướng dẫn 12-HD/BTCTW (2022).</summary>
public enum MeetingKind
{
    /// <summary>Sinh hoạt thường kỳ: once a month.</summary>
    Regular = 0,

    /// <summary>Sinh hoạt chuyên đề: at least once a quarter.</summary>
    Thematic = 1,
}

/// <summary>Vietnamese names of the meeting kinds.</summary>
public static class MeetingKinds
{
    public static string Name(this MeetingKind kind) => kind switch
    {
        MeetingKind.Regular => "Sinh hoạt thường kỳ",
        MeetingKind.Thematic => "Sinh hoạt chuyên đề",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
