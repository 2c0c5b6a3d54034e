using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Plan;

/// <summary>The school's plan for one term, kept as data: its sections, their tasks, and who does what by when.</summary>
public class SchoolPlan : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Title { get; set; }
    public string? Number { get; set; }
    public int FromYear { get; set; }
    public int ToYear { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<PlanSectionEntry> Sections { get; set; } = [];
    public List<PlanAssignment> Assignments { get; set; } = [];
}

/// <summary>One heading of the plan with its tasks and solutions, one per line ("- " marks a sub-item).</summary>
public class PlanSectionEntry : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int SchoolPlanId { get; set; }
    public int Order { get; set; }
    public string Part { get; set; } = string.Empty;
    public string Number { get; set; } = string.Empty;
    public required string Title { get; set; }
    public int Level { get; set; }
    public string Items { get; set; } = string.Empty;
}

/// <summary>A row of the plan's assignment table (bảng phân công): who, what, when.</summary>
public class PlanAssignment : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int SchoolPlanId { get; set; }
    public int Order { get; set; }
    public required string Responsible { get; set; }
    public required string Tasks { get; set; }
    public string Timeframe { get; set; } = string.Empty;
}

/// <summary>
/// A value entered by hand for a target no capability measures yet, with the evidence behind it and who entered it.
/// The latest one counts; earlier ones stay as history.
/// </summary>
public class TargetManualValue : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Code { get; set; }
    public double Value { get; set; }
    public DateOnly AsOf { get; set; }
    public string Note { get; set; } = string.Empty;
    public required string EvidenceFileName { get; set; }
    public required string EvidenceContentType { get; set; }
    public required byte[] Evidence { get; set; }
    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
}

/// <summary>A target's value at the end of a month (or as of the last computation in the current month), for the trend.</summary>
public class TargetSnapshot : ISchoolOwned
{
    public int SchoolId { get; set; }
    public required string Code { get; set; }
    public DateOnly Month { get; set; }
    public double Value { get; set; }
}

/// <summary>A report on the targets to the ward Party committee: the document it became, for one quarter or year.</summary>
public class PlanReport : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }

    /// <summary>1–4 for a quarterly report; null for the yearly one.</summary>
    public int? Quarter { get; set; }
    public int OutgoingDocumentId { get; set; }
}
