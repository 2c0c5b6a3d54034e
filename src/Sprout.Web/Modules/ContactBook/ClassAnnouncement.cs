using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.ContactBook;

/// <summary>A notice from a class's teachers to all its families.</summary>
public class ClassAnnouncement : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ClassroomId { get; set; }
    public Classroom? Classroom { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public List<AnnouncementRead> Reads { get; set; } = [];
}

/// <summary>The read receipt of one guardian for one announcement.</summary>
public class AnnouncementRead : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int AnnouncementId { get; set; }
    public int GuardianId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>The class's digitised weekly education plan and extracurricular activities, shown to its parents.</summary>
public class WeeklyPlan : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ClassroomId { get; set; }

    /// <summary>The Monday of the week.</summary>
    public DateOnly WeekStart { get; set; }
    public required string Plan { get; set; }
    public string? Extracurricular { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
