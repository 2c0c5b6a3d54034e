namespace Sprout.Web.Platform.Authorization;

/// <summary>Constant policy names for attributes, which cannot take computed values.</summary>
public static class PolicyNames
{
    public const string SignedIn = "perm:signed-in";
    public const string SchoolHome = "perm:school-home";
    public const string ChildrenView = "perm:children-view";
    public const string ChildrenEdit = "perm:children-edit";
    public const string AttendanceTake = "perm:attendance-take";
    public const string MealCount = "perm:meal-count";
    public const string ContactBookWrite = "perm:contact-book-write";
    public const string ContactBookRead = "perm:contact-book-read";
    public const string ClassesManage = "perm:classes-manage";
    public const string HealthRead = "perm:health-read";
    public const string HealthManage = "perm:health-manage";
    public const string HealthChild = "perm:health-child";
    public const string MenuManage = "perm:menu-manage";
    public const string DocumentsRead = "perm:documents-read";
    public const string DocumentsWrite = "perm:documents-write";
    public const string StaffView = "perm:staff-view";
    public const string CellView = "perm:cell-view";
    public const string ParentsInvite = "perm:parents-invite";
    public const string SchoolSettings = "perm:school-settings";
    public const string AccountsManage = "perm:accounts-manage";
    public const string AuditView = "perm:audit-view";
    public const string WardView = "perm:ward-view";
    public const string ParentHome = "perm:parent-home";
    public const string PlanView = "perm:plan-view";
    public const string PlanEdit = "perm:plan-edit";
}
