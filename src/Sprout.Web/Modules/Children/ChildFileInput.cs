namespace Sprout.Web.Modules.Children;

/// <summary>What the child-file form posts; also the shape an import row is read into.</summary>
public sealed class ChildFileInput
{
    public string FamilyName { get; set; } = string.Empty;
    public string MiddleName { get; set; } = string.Empty;
    public string GivenName { get; set; } = string.Empty;
    public DateOnly? DateOfBirth { get; set; }
    public Sex? Sex { get; set; }
    public string EthnicityCode { get; set; } = "01";
    public string? PersonalId { get; set; }
    public string? StudentCode { get; set; }
    public int? ClassroomId { get; set; }
    public string? ProvinceCode { get; set; } = "01";
    public string? WardCode { get; set; }
    public string? AddressLine { get; set; }
    public string? Allergies { get; set; }
    public string? HealthNotes { get; set; }
    public bool Consent { get; set; }
    public string? ConsentGivenBy { get; set; }
    public List<GuardianInput> Guardians { get; set; } = [];

    /// <summary>Set by the "show the wards of this province" button: re-render without saving.</summary>
    public bool RefreshWards { get; set; }

    /// <summary>Copies the validated identity fields every writer sets: name, birth, sex, ethnicity, class.</summary>
    public void ApplyIdentityTo(Child child)
    {
        child.FamilyName = FamilyName;
        child.MiddleName = MiddleName;
        child.GivenName = GivenName;
        child.DateOfBirth = DateOfBirth!.Value;
        child.Sex = Sex!.Value;
        child.EthnicityCode = EthnicityCode;
        child.ClassroomId = ClassroomId;
    }
}

public sealed class GuardianInput
{
    public int? Id { get; set; }
    public string FullName { get; set; } = string.Empty;
    public string Relation { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    public string? Zalo { get; set; }
    public string? Email { get; set; }
    /// <summary>False unless ticked: an unticked checkbox posts nothing.</summary>
    public bool MayPickUp { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Phone);
}
