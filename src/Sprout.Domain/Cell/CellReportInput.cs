namespace Sprout.Domain.Cell;

/// <summary>The figures and texts of one periodic report, gathered by the caller from the cell's records.</summary>
public sealed record CellReportInput
{
    public required ReportPeriodKind PeriodKind { get; init; }

    /// <summary>"tháng 11 năm 2026", "quý IV năm 2026" or "năm 2026".</summary>
    public required string PeriodLabel { get; init; }

    /// <summary>Free text opening part I: the unit's situation in the period.</summary>
    public string? Overview { get; init; }

    public required int TotalMembers { get; init; }

    public required int FullMembers { get; init; }

    public required int ProbationaryMembers { get; init; }

    public IReadOnlyList<HeldMeeting> Meetings { get; init; } = [];

    public AttendanceSummary? Attendance { get; init; }

    public IReadOnlyList<StudySession> Studies { get; init; } = [];

    public int NewAdmissions { get; init; }

    /// <summary>Probationary members recognised as full members in the period.</summary>
    public int RecognizedFull { get; init; }

    /// <summary>Outstanding candidates (quần chúng ưu tú) somewhere in the admission pipeline.</summary>
    public int CandidatesInPipeline { get; init; }

    /// <summary>Members per rating; only in a year report.</summary>
    public IReadOnlyDictionary<EvaluationLevel, int>? Evaluation { get; init; }

    /// <summary>Free text on inspection and supervision work.</summary>
    public string? Supervision { get; init; }

    public int DisciplineCount { get; init; }

    public IReadOnlyList<TargetLine> Targets { get; init; } = [];

    /// <summary>Free text for part III, the tasks of the next period.</summary>
    public string? NextPeriod { get; init; }
}
