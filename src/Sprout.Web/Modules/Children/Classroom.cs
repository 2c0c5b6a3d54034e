using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Children;

public enum AgeGroup
{
    NhaTre = 0,
    MauGiao3To4 = 3,
    MauGiao4To5 = 4,
    MauGiao5To6 = 5,
}

public class Classroom : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    public AgeGroup AgeGroup { get; set; }

    /// <summary>School year as "2025-2026": a class exists for one school year.</summary>
    public required string SchoolYear { get; set; }
    public List<ClassroomTeacher> Teachers { get; set; } = [];
    public List<Child> Children { get; set; } = [];
}

public class ClassroomTeacher : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ClassroomId { get; set; }
    public Classroom? Classroom { get; set; }
    public int StaffMemberId { get; set; }
    public Staff.StaffMember? StaffMember { get; set; }
    public bool IsHomeroom { get; set; }
}
