using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>Học tập, quán triệt a resolution or directive, and each member's written reflection on it.</summary>
public class StudySession : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The resolution, directive or programme studied, e.g. "Nghị quyết số 57-NQ/TW".</summary>
    public required string Title { get; set; }
    public string Summary { get; set; } = string.Empty;
    public List<StudyParticipation> Participants { get; set; } = [];
}

public class StudyParticipation : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int StudySessionId { get; set; }
    public int PartyMemberId { get; set; }
    public PartyMember? PartyMember { get; set; }
    public bool Attended { get; set; }
    public string Reflection { get; set; } = string.Empty;
    public DateTimeOffset? ReflectionAt { get; set; }
}
