using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Health;

/// <summary>One weighing and measuring of a child.</summary>
public class Measurement : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly Date { get; set; }
    public double? WeightKg { get; set; }
    public double? HeightCm { get; set; }

    /// <summary>Measured lying down (length), as for the youngest; otherwise standing (height).</summary>
    public bool Lying { get; set; }
    public double? HeadCm { get; set; }
    public bool Oedema { get; set; }
    public required string MeasuredBy { get; set; }
}

public enum HealthEventKind
{
    PeriodicCheck = 0, // khám sức khỏe định kỳ
    Vaccination = 1,   // tiêm chủng
    Illness = 2,       // ốm
    Injury = 3,        // tai nạn, chấn thương
}

/// <summary>An entry of the e-health record: a periodic check, a vaccination, an illness or an injury.</summary>
public class HealthEvent : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public DateOnly Date { get; set; }
    public HealthEventKind Kind { get; set; }

    /// <summary>Findings of a check, the vaccine and dose, or what happened and what was done.</summary>
    public required string Details { get; set; }
    public string? Doctor { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>Medicine a family sends with the child (gửi thuốc), and who gave each dose when.</summary>
public class MedicineRequest : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly Date { get; set; }
    public required string Medicine { get; set; }
    public required string Dose { get; set; }
    public required string Times { get; set; }
    public required string SentBy { get; set; }
    /// <summary>The last dose given (and by whom); each dose is in <see cref="Doses"/>.</summary>
    public DateTimeOffset? GivenAt { get; set; }
    public string? GivenBy { get; set; }
    public List<MedicineDose> Doses { get; set; } = [];

    /// <summary>The last dose time (minutes after midnight, Vietnam time) staff were reminded of: a restart never reminds twice.</summary>
    public int? RemindedThrough { get; set; }
}

/// <summary>
/// One dose of a <see cref="MedicineRequest"/> given at school: its slot is the time the family asked for (minutes after
/// midnight, Vietnam time, read by <c>MedicineSchedule.Slots</c>), unique per request, so two people recording the same
/// dose at once record it once.
/// </summary>
public class MedicineDose : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int MedicineRequestId { get; set; }
    public int Slot { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public required string GivenBy { get; set; }
}

/// <summary>The domains of the national preschool programme's development evaluation.</summary>
public enum DevelopmentDomain
{
    Physical = 0,        // phát triển thể chất
    Cognition = 1,       // phát triển nhận thức
    Language = 2,        // phát triển ngôn ngữ (và giao tiếp)
    SocialEmotional = 3, // phát triển tình cảm, kỹ năng xã hội
    Aesthetics = 4,      // phát triển thẩm mỹ
}

/// <summary>Whether a child reached the indicators of one domain at one assessment period.</summary>
public class DevelopmentAssessment : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }

    /// <summary>e.g. "2026-2027 cuối năm".</summary>
    public required string Period { get; set; }
    public DevelopmentDomain Domain { get; set; }
    public bool Achieved { get; set; }
    public required string AssessedBy { get; set; }
}
