using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

public enum PartyMembershipStatus
{
    Probationary = 0, // dự bị
    Full = 1,         // chính thức
}

public class PartyMember : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int StaffMemberId { get; set; }
    public Staff.StaffMember? StaffMember { get; set; }
    public string CardNumber { get; set; } = string.Empty;
    public DateOnly AdmittedOn { get; set; }
    public DateOnly? FullMembershipOn { get; set; }
    public PartyMembershipStatus Status { get; set; }

    /// <summary>Bí thư, Phó bí thư, Chi ủy viên, Đảng viên.</summary>
    public required string CellPosition { get; set; }
}
