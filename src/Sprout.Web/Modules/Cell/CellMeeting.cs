using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

public enum MeetingStage
{
    Planned = 0,   // đã lên lịch, đã gửi giấy mời
    Held = 1,      // đang họp / đã họp, biên bản đang soạn
    Minuted = 2,   // biên bản đã chuyển sang văn bản để ký
}

/// <summary>A regular or thematic meeting of the Party cell, with its agenda and minutes.</summary>
public class CellMeeting : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public MeetingKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string Place { get; set; } = string.Empty;

    /// <summary>The theme of a thematic meeting, e.g. "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".</summary>
    public string? Theme { get; set; }

    /// <summary>One agenda item per line.</summary>
    public string Agenda { get; set; } = string.Empty;
    public MeetingStage Stage { get; set; }

    /// <summary>The day the last reminder (nhắc lịch) went out, by the committee's button or automatically the day before.</summary>
    public DateOnly? RemindedOn { get; set; }
    public int? ChairMemberId { get; set; }
    public int? SecretaryMemberId { get; set; }

    // The minutes, drafted during the meeting.
    public string Assessment { get; set; } = string.Empty;
    public string Directions { get; set; } = string.Empty;

    /// <summary>One opinion per line, "Name: opinion".</summary>
    public string Discussion { get; set; } = string.Empty;
    public string Conclusion { get; set; } = string.Empty;
    public int VotesFor { get; set; }
    public int VotesAgainst { get; set; }
    public int VotesAbstain { get; set; }

    /// <summary>The minutes as a confidential Party document (biên bản), signed by the chair and the secretary.</summary>
    public int? MinutesDocumentId { get; set; }
    public List<MeetingAttendance> Attendance { get; set; } = [];
}

public class MeetingAttendance : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int CellMeetingId { get; set; }
    public int PartyMemberId { get; set; }
    public PartyMember? PartyMember { get; set; }
    public AttendanceMark Mark { get; set; }
    public string? Reason { get; set; }
}
