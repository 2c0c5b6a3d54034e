using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Staff;

public class StaffMember : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FamilyName { get; set; }
    public string MiddleName { get; set; } = string.Empty;
    public required string GivenName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public bool Female { get; set; }

    /// <summary>Chức vụ as shown on staff lists: Hiệu trưởng, Giáo viên, Nhân viên y tế…</summary>
    public required string Position { get; set; }
    public string Phone { get; set; } = string.Empty;
    public string? Email { get; set; }
    public string? PersonalId { get; set; }
    public int? UserId { get; set; }

    public string FullName => string.Join(' ', new[] { FamilyName, MiddleName, GivenName }.Where(p => p.Length > 0));
}
