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

    /// <summary>Mã học sinh of the education-sector database, when the school has it.</summary>
    public string? StudentCode { get; set; }

    /// <summary>Two-digit code of the national list of 54 ethnic groups; 01 is Kinh.</summary>
    public string EthnicityCode { get; set; } = "01";

    /// <summary>Current address: province and ward codes of the 34-province units, then the street line.</summary>
    public string? ProvinceCode { get; set; }
    public string? WardCode { get; set; }
    public string? AddressLine { get; set; }
    public string? Allergies { get; set; }
    public string? HealthNotes { get; set; }

    /// <summary>What the family says the child will not eat; the teacher sees it beside the daily report.</summary>
    public string? FoodDislikes { get; set; }

    /// <summary>The guardian's consent to processing the child's data (Decree 13/2023): recorded, withdrawable.</summary>
    public DateTimeOffset? ConsentGivenAt { get; set; }
    public string? ConsentGivenBy { get; set; }
    public DateTimeOffset? ConsentWithdrawnAt { get; set; }

    public bool HasConsent => ConsentGivenAt is not null && ConsentWithdrawnAt is null;
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

    /// <summary>The phone number the family uses on Zalo, when different from <see cref="Phone"/>.</summary>
    public string? Zalo { get; set; }
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
