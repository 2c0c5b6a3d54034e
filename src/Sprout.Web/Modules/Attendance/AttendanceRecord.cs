using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Attendance;

public enum AttendanceStatus
{
    Present = 0,
    AbsentExcused = 1,   // vắng có phép
    AbsentUnexcused = 2, // vắng không phép
}

/// <summary>One child's day: arrival and departure (who brought and fetched them), or an absence with its reason.</summary>
public class AttendanceRecord : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly Date { get; set; }
    public AttendanceStatus Status { get; set; }
    public string? AbsenceReason { get; set; }

    /// <summary>True when a parent reported the absence in advance from their phone.</summary>
    public bool ReportedByParent { get; set; }
    public DateTimeOffset? CheckInAt { get; set; }

    /// <summary>
    /// Set when "Cả lớp có mặt" made the record: its check-in time is when the teacher confirmed the class, not when
    /// the child arrived, so it flags no one late.
    /// </summary>
    public bool MarkedWithClass { get; set; }
    public string? DroppedOffBy { get; set; }
    public DateTimeOffset? CheckOutAt { get; set; }
    public string? PickedUpBy { get; set; }

    /// <summary>Set when the person who fetched the child is not on the child's pick-up list.</summary>
    public bool PickUpNotOnList { get; set; }
    public int? RecordedByUserId { get; set; }
}
