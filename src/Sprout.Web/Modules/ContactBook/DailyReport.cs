using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.ContactBook;

public enum MealIntake
{
    NotRecorded = 0,
    AteAll = 1,      // ăn hết suất
    AteMost = 2,     // ăn gần hết
    AteLittle = 3,   // ăn ít
}

public enum NapQuality
{
    NotRecorded = 0,
    Good = 1,        // ngủ ngon
    Restless = 2,    // ngủ không sâu
    NoSleep = 3,     // không ngủ
}

/// <summary>The teacher's daily note on one child, shown to the child's guardians.</summary>
public class DailyReport : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public DateOnly Date { get; set; }
    public MealIntake Eating { get; set; }
    public NapQuality Sleeping { get; set; }
    public string? Hygiene { get; set; }
    public string? Activities { get; set; }
    public string? Comment { get; set; }
    public string? WrittenBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ChildPhoto> Photos { get; set; } = [];
}

/// <summary>A photo attached to a daily report: re-encoded on upload, so no location or camera metadata survives.</summary>
public class ChildPhoto : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int DailyReportId { get; set; }
    public DailyReport? DailyReport { get; set; }
    public int ChildId { get; set; }
    public required byte[] Jpeg { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A message in the thread between a class's teachers and one child's family.</summary>
public class ContactMessage : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public bool FromSchool { get; set; }
    public int AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }

    /// <summary>When the other side first opened the thread after this message: the read receipt.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
