using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Authorization;

/// <summary>A named right and the roles that hold it. Pages and endpoints require a permission, never a role.</summary>
public sealed record AccessRight(string Name, IReadOnlyList<string> Roles)
{
    public string Policy => "perm:" + Name;
}

/// <summary>
/// The platform's table of who may do what; each module adds its own rights through <see cref="Modules.SproutModule.Rights"/>.
/// The authorization matrix test checks every endpoint against its own, independent table.
/// </summary>
public static class AccessRights
{
    private static readonly string[] SchoolStaff =
        [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher, Roles.Nurse, Roles.Cook, Roles.Accountant, Roles.Clerk];

    public static AccessRight SignedIn { get; } = new("signed-in", Roles.All);
    public static AccessRight SchoolHome { get; } = new("school-home", [.. SchoolStaff, .. Roles.Party]);
    public static AccessRight ChildrenView { get; } = new("children-view", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher, Roles.Nurse, Roles.Clerk]);
    public static AccessRight ChildrenEdit { get; } = new("children-edit", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher, Roles.Clerk]);
    public static AccessRight ClassesManage { get; } = new("classes-manage", [Roles.Admin, Roles.Principal, Roles.VicePrincipal]);
    public static AccessRight StaffView { get; } = new("staff-view", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Clerk, Roles.Accountant]);
    public static AccessRight CellView { get; } = new("cell-view", Roles.Party);
    public static AccessRight ParentsInvite { get; } = new("parents-invite", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher, Roles.Clerk]);
    public static AccessRight SchoolSettings { get; } = new("school-settings", [Roles.Admin, Roles.Principal]);
    public static AccessRight AuditView { get; } = new("audit-view", [Roles.Admin, Roles.Principal]);
    public static AccessRight WardView { get; } = new("ward-view", [Roles.WardOfficer]);
    public static AccessRight ParentHome { get; } = new("parent-home", [Roles.Parent]);

    public static IReadOnlyList<AccessRight> All { get; } =
        [SignedIn, SchoolHome, ChildrenView, ChildrenEdit, ClassesManage, StaffView, CellView, ParentsInvite, SchoolSettings, AuditView, WardView, ParentHome];
}
