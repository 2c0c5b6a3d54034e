using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Children;

public enum Sex
{
    Male = 1,
    Female = 2,
}

public class Child : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FamilyName { get; set; }
    public string MiddleName { get; set; } = string.Empty;
    public required string GivenName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Sex Sex { get; set; }

    /// <summary>Số định danh cá nhân: 12 digits, may be missing until the family provides it.</summary>
    public string? PersonalId { get; set; }
    public int? ClassroomId { get; set; }
    public Classroom? Classroom { get; set; }
    public List<ChildGuardian> Guardians { get; set; } = [];

    public string FullName => string.Join(' ', new[] { FamilyName, MiddleName, GivenName }.Where(p => p.Length > 0));
}

public class Guardian : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FullName { get; set; }
    public string Phone { get; set; } = string.Empty;
    public string? Email { get; set; }
    public List<ChildGuardian> Children { get; set; } = [];
}

public class ChildGuardian : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int GuardianId { get; set; }
    public Guardian? Guardian { get; set; }

    /// <summary>Bố, Mẹ, Ông, Bà…</summary>
    public required string Relation { get; set; }
    public bool MayPickUp { get; set; } = true;
}
