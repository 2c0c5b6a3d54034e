namespace Sprout.Domain.Plan;

/// <summary>How a value is compared with the goal.</summary>
public enum TargetComparison
{
    /// <summary>≥: "100%", "từ 90% trở lên", "ít nhất 03".</summary>
    AtLeast = 0,

    /// <summary>&gt;: "trên 98%".</summary>
    MoreThan = 1,

    /// <summary>&lt;: "dưới 2%"; lower is better.</summary>
    LessThan = 2,

    /// <summary>=: yes/no targets (1 = đạt danh hiệu).</summary>
    Equal = 3,
}

public enum TargetUnit
{
    Percent = 0,
    Count = 1,
    YesNo = 2,
}

/// <summary>How often the goal is judged afresh.</summary>
public enum TargetPeriod
{
    /// <summary>Once, by the end of the term (e.g. T5: 3 admissions by the end of 2027).</summary>
    Term = 0,

    /// <summary>Every calendar year (annual ratings, yearly initiatives, the yearly survey).</summary>
    Year = 1,

    /// <summary>Every quarter (T17: a thematic meeting per quarter).</summary>
    Quarter = 2,
}

/// <summary>The capability whose records supply a target's value.</summary>
public enum TargetSource
{
    Cell = 0,
    Staff = 1,
    Children = 2,
    Documents = 3,
    Surveys = 4,
    Assets = 5,
    Innovation = 6,
    Health = 7,
}

/// <summary>The groups targets are summarised under in the report to the ward.</summary>
public enum TargetArea
{
    PartyBuilding = 0,
    StaffAndInnovation = 1,
    DigitalTransformation = 2,
    ChildrenAndParents = 3,
}

/// <summary>Vietnamese names of the target groups.</summary>
public static class TargetAreas
{
    public static IReadOnlyList<TargetArea> All { get; } =
        [TargetArea.PartyBuilding, TargetArea.StaffAndInnovation, TargetArea.DigitalTransformation, TargetArea.ChildrenAndParents];

    public static string Name(this TargetArea area) => area switch
    {
        TargetArea.PartyBuilding => "Xây dựng Đảng và các đoàn thể",
        TargetArea.StaffAndInnovation => "Đội ngũ, đạo đức nhà giáo và đổi mới sáng tạo",
        TargetArea.DigitalTransformation => "Chuyển đổi số",
        TargetArea.ChildrenAndParents => "Chăm sóc, giáo dục trẻ và sự hài lòng của phụ huynh",
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };
}
