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

    /// <summary>Set when the member's record came from another cell (chuyển sinh hoạt đến).</summary>
    public DateOnly? TransferredInOn { get; set; }
    public string? TransferredInFrom { get; set; }

    /// <summary>Set when the member moved to another cell; the record stays for history and reports.</summary>
    public DateOnly? TransferredOutOn { get; set; }
    public string? TransferredOutTo { get; set; }

    public bool Active => TransferredOutOn is null;
}
