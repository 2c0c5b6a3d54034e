using Microsoft.AspNetCore.Identity;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Identity;

public class AppUser : IdentityUser<int>, IAuditedPersonalData
{
    public required string FullName { get; set; }

    /// <summary>Null for ward officers and system administrators who are not tied to one school.</summary>
    public int? SchoolId { get; set; }
    public int? WardId { get; set; }

    /// <summary>Set for parents: the guardian record the account speaks for.</summary>
    public int? GuardianId { get; set; }
}

public class AppRole : IdentityRole<int>
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }
}
