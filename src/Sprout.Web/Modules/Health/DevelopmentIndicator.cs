using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// One evaluation indicator of the school's set for an age group and a domain (chỉ số đánh giá). The school
/// owns its set: imported from a spreadsheet, edited or deactivated on a page; Sprout ships no official text.
/// </summary>
public class DevelopmentIndicator : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }

    /// <summary>The school's code for the indicator, unique in the school, e.g. "MG5-TC1".</summary>
    public required string Code { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public DevelopmentDomain Domain { get; set; }
    public required string Text { get; set; }

    /// <summary>Position among the indicators of its age group and domain.</summary>
    public int Order { get; set; }

    /// <summary>Inactive indicators are no longer marked and do not count towards a domain.</summary>
    public bool Active { get; set; } = true;
}

/// <summary>Whether a child reached one indicator at one assessment period ("đạt" / "chưa đạt").</summary>
public class IndicatorAssessment : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public int IndicatorId { get; set; }
    public DevelopmentIndicator? Indicator { get; set; }

    /// <summary>The same label as <see cref="DevelopmentAssessment.Period"/>, e.g. "2026-2027 cuối năm".</summary>
    public required string Period { get; set; }
    public bool Achieved { get; set; }
    public required string AssessedBy { get; set; }
}
