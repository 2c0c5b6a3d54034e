namespace Sprout.Domain.Plan;

/// <summary>A plan as written by the school: header, parts with their sections, the assignment table, conclusion.</summary>
public sealed record PlanDocument
{
    /// <summary>The document number as printed, e.g. "AA-KH/CB" (the seed still carries a placeholder).</summary>
    public string? Number { get; init; }

    /// <summary>Where it was issued, e.g. "Việt Hưng".</summary>
    public string? Place { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The document kind line, e.g. "KẾ HOẠCH".</summary>
    public required string Kind { get; init; }

    /// <summary>The title lines after the kind, joined with spaces.</summary>
    public required string Title { get; init; }

    /// <summary>The term named in the title ("nhiệm kỳ 2025 - 2027"), if any.</summary>
    public PlanTerm? Term { get; init; }

    public IReadOnlyList<PlanPart> Parts { get; init; } = [];

    /// <summary>The rows of the "Phân công trách nhiệm" table, header rows removed.</summary>
    public IReadOnlyList<AssignmentRow> Assignments { get; init; } = [];

    /// <summary>Paragraphs under "KẾT LUẬN".</summary>
    public IReadOnlyList<string> Conclusion { get; init; } = [];

    /// <summary>The "Nơi nhận" list.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The name on the last line, under the recipients.</summary>
    public string? Signer { get; init; }

    /// <summary>Every numbered section of every part, in document order.</summary>
    public IReadOnlyList<PlanSection> Sections => Parts.SelectMany(p => p.Sections).ToList();
}

/// <summary>"PHẦN THỨ HAI" – "MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU".</summary>
public sealed record PlanPart(string Label, string Title, IReadOnlyList<PlanItem> Items, IReadOnlyList<PlanSection> Sections);

/// <summary>
/// A numbered heading: level 1 for Roman numerals ("II. CÁC CHỈ TIÊU CỤ THỂ"), level 2 for Arabic ones
/// ("4. Làm tốt công tác phát triển Đảng"). <see cref="Number"/> is kept as written, gaps included.
/// </summary>
public sealed record PlanSection(string Part, string Number, string Title, int Level, IReadOnlyList<PlanItem> Items)
{
    /// <summary>The Roman number of the level-1 section a level-2 section sits under ("III"), else null.</summary>
    public string? Parent { get; init; }
}

/// <summary>A task, solution or target line ("- …" has level 1, nested bullets deeper) or a plain paragraph (level 0).</summary>
public sealed record PlanItem(string Text, int Level);

/// <summary>One row of the assignment table: who is responsible, for what, and when.</summary>
public sealed record AssignmentRow(string Responsible, IReadOnlyList<string> Tasks, string Timeframe);

/// <summary>The years a plan covers, e.g. 2025–2027.</summary>
public sealed record PlanTerm(int FromYear, int ToYear)
{
    public DateOnly Start => new(FromYear, 1, 1);

    public DateOnly End => new(ToYear, 12, 31);

    /// <summary>"2025–2027".</summary>
    public override string ToString() => FromYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–"
        + ToYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
