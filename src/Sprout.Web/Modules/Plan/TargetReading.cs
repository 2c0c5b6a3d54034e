using Sprout.Domain.Plan;

namespace Sprout.Web.Modules.Plan;

/// <summary>One target as the dashboard shows it: value, how it was obtained, its status and its monthly trend.</summary>
public sealed record TargetRow(
    Target Target,
    double? Value,
    string Detail,
    ManualEntry? Manual,
    TargetAssessment Assessment,
    IReadOnlyList<(DateOnly Month, double? Value)> History)
{
    public bool IsManual => Target.Source is TargetSource.Surveys or TargetSource.Assets or TargetSource.Innovation || Target.Code == "T2";
}

/// <summary>Who entered a manual value, when, and the evidence attached.</summary>
public sealed record ManualEntry(int Id, string EnteredBy, DateTimeOffset EnteredAt, DateOnly AsOf, string EvidenceFileName, string Note);
