namespace Sprout.Web.Platform.Data;

/// <summary>A row that belongs to one school: queries see only the current user's school.</summary>
public interface ISchoolOwned
{
    int SchoolId { get; set; }
}

/// <summary>Changes to these rows are personal data and go to the tamper-evident audit log.</summary>
public interface IAuditedPersonalData
{
    int Id { get; }
}
