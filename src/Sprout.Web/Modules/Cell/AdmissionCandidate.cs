using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>A staff member on the way from quần chúng ưu tú to full Party membership.</summary>
public class AdmissionCandidate : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int StaffMemberId { get; set; }
    public Staff.StaffMember? StaffMember { get; set; }
    public int? MentorMemberId { get; set; }
    public int? SecondMentorMemberId { get; set; }

    /// <summary>Set when the candidate withdrew or the cell stopped the process.</summary>
    public string? StoppedReason { get; set; }
    public List<AdmissionStepRecord> Steps { get; set; } = [];
}

/// <summary>One recorded step, with the document that proves it and its date.</summary>
public class AdmissionStepRecord : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int AdmissionCandidateId { get; set; }
    public AdmissionStep Step { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Number and title of the proving document, e.g. "Giấy chứng nhận số 123/GCN-TTCT".</summary>
    public string Document { get; set; } = string.Empty;
    public string Note { get; set; } = string.Empty;
    public required string RecordedBy { get; set; }
}
