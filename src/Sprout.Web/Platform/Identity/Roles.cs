namespace Sprout.Web.Platform.Identity;

/// <summary>The roles of MISSION.md. A person can hold several.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string WardOfficer = "ward_officer";
    public const string Principal = "principal";
    public const string VicePrincipal = "vice_principal";
    public const string PartySecretary = "party_secretary";
    public const string PartyCommittee = "party_committee";
    public const string PartyMember = "party_member";
    public const string Teacher = "teacher";
    public const string Nurse = "nurse";
    public const string Cook = "cook";
    public const string Accountant = "accountant";
    public const string Clerk = "clerk";
    public const string Parent = "parent";

    public static IReadOnlyList<string> All { get; } =
    [
        Admin, WardOfficer, Principal, VicePrincipal, PartySecretary, PartyCommittee, PartyMember,
        Teacher, Nurse, Cook, Accountant, Clerk, Parent,
    ];

    /// <summary>Roles with access to sensitive data, for which a school may require two-factor sign-in.</summary>
    public static IReadOnlyList<string> Sensitive { get; } = [Principal, PartySecretary, Nurse, Admin];

    public static IReadOnlyList<string> Staff { get; } =
        [Admin, Principal, VicePrincipal, Teacher, Nurse, Cook, Accountant, Clerk];

    public static IReadOnlyList<string> Party { get; } = [PartySecretary, PartyCommittee, PartyMember];

    public static IReadOnlyList<string> Management { get; } = [Principal, VicePrincipal];
}
