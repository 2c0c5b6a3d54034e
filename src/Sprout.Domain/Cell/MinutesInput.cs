namespace Sprout.Domain.Cell;

/// <summary>What the secretary records at a cell meeting, from which <see cref="MinutesTemplate"/> writes the minutes.</summary>
public sealed record MinutesInput
{
    public required MeetingKind Kind { get; init; }

    /// <summary>The period under review, e.g. "tháng 11 năm 2026".</summary>
    public required string Period { get; init; }

    /// <summary>Required for a thematic meeting.</summary>
    public string? Theme { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeOnly Start { get; init; }

    public required TimeOnly End { get; init; }

    public required string Place { get; init; }

    public required string Chair { get; init; }

    public required string Secretary { get; init; }

    /// <summary>Members called to the meeting: present, excused and unexcused together.</summary>
    public required int Summoned { get; init; }

    public IReadOnlyList<string> Present { get; init; } = [];

    public IReadOnlyList<Absence> AbsentExcused { get; init; } = [];

    public IReadOnlyList<string> AbsentUnexcused { get; init; } = [];

    /// <summary>Invited guests, e.g. a representative of the ward Party committee.</summary>
    public IReadOnlyList<string> Guests { get; init; } = [];

    public string Review { get; init; } = string.Empty;

    public string Directions { get; init; } = string.Empty;

    public IReadOnlyList<Opinion> Discussion { get; init; } = [];

    public string Conclusion { get; init; } = string.Empty;

    public required ResolutionVote Vote { get; init; }
}
