using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Staff;

public enum TrainingTopic
{
    PoliticalTheory = 0, // lý luận chính trị
    Ethics = 1,          // đạo đức công vụ, đạo đức nhà giáo
    Leadership = 2,      // kỹ năng lãnh đạo, quản lý
    DigitalAndAi = 3,    // chuyển đổi số, CNTT, trí tuệ nhân tạo
    Professional = 4,    // chuyên môn
}

/// <summary>A course a staff member (or Party member) completed, with its certificate (T4, T8).</summary>
public class StaffTraining : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public TrainingTopic Topic { get; set; }
    public required string Title { get; set; }
    public string Provider { get; set; } = string.Empty;
    public DateOnly CompletedOn { get; set; }
    public string? CertificateFileName { get; set; }
    public byte[]? Certificate { get; set; }
}

/// <summary>The yearly ethics commitment every member of staff signs (cam kết chuẩn mực đạo đức nhà giáo, T6).</summary>
public class EthicsCommitment : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public int Year { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}
