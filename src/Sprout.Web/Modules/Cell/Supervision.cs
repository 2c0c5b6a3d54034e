using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>One inspection or supervision (kiểm tra, giám sát) of the cell's yearly plan, with findings and conclusion.</summary>
public class Inspection : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public bool Supervision { get; set; }
    public required string Subject { get; set; }
    public int? PartyMemberId { get; set; }
    public DateOnly PlannedOn { get; set; }
    public string Findings { get; set; } = string.Empty;
    public string Conclusion { get; set; } = string.Empty;
    public DateOnly? ConcludedOn { get; set; }
}

/// <summary>A disciplinary measure (khiển trách, cảnh cáo, cách chức, khai trừ); any in a year fails T7.</summary>
public class DisciplineRecord : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int PartyMemberId { get; set; }
    public DateOnly Date { get; set; }
    public required string Form { get; set; }
    public required string Reason { get; set; }
    public string DecisionReference { get; set; } = string.Empty;
}
