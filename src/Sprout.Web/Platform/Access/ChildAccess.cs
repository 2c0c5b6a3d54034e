using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Access;

/// <summary>In what capacity a person sees a child or a class; a person with several roles gets the widest.</summary>
public enum AccessCapacity
{
    None = 0,

    /// <summary>A parent, through their own guardian link: their children and those children's classes.</summary>
    Guardian = 1,

    /// <summary>A teacher of the class (<see cref="ClassroomTeacher"/>).</summary>
    ClassStaff = 2,

    /// <summary>Admin, principal, vice principal, nurse and clerk: every child and class of their school.</summary>
    SchoolWide = 3,
}

/// <summary>
/// The one answer to "which children and classes may this person see, and change". Rows of other schools are
/// already hidden by the school filter; this narrows within the school. Cooks and accountants see no child and no
/// class (the kitchen's meal count is a count per class, not a view of children); ward officers and Party roles see
/// none either (the ward reads aggregated targets only, and its scope is read-only). What a capacity may do on a
/// given page is the page's permission: pass that <see cref="AccessRight"/> and only the roles that hold it count,
/// so a clerk who is also a parent sees only their own child on a parent's page.
/// A refusal to change throws <see cref="AccessRefusedException"/> (403).
/// </summary>
public sealed class ChildAccess(SproutDbContext db)
{
    /// <summary>The one list of school-wide roles for children and classes.</summary>
    public static IReadOnlyList<string> SchoolWideRoles { get; } = [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Nurse, Roles.Clerk];

    private sealed record Viewer(bool SchoolWide, int? TeacherUserId, int? GuardianId, bool ReadOnly)
    {
        public bool SeesNothing => !SchoolWide && TeacherUserId is null && GuardianId is null;
    }

    private static Viewer For(ClaimsPrincipal user, AccessRight? right)
    {
        bool Has(string role) => user.IsInRole(role) && (right is null || right.Roles.Contains(role));
        // The same rule as the request's read-only school scope: a ward officer without a school only reads.
        var readOnly = user.IsInRole(Roles.WardOfficer) && user.SchoolId() is null;
        return new Viewer(
            SchoolWideRoles.Any(Has),
            Has(Roles.Teacher) ? user.UserId() : null,
            Has(Roles.Parent) ? user.GuardianId() : null,
            readOnly);
    }

    public static bool IsSchoolWide(ClaimsPrincipal user, AccessRight? right = null) => For(user, right).SchoolWide;

    public IQueryable<Child> VisibleChildren(ClaimsPrincipal user, AccessRight? right = null) => Children(For(user, right));

    /// <summary>The children whose records this person may write; none in a read-only (ward) scope.</summary>
    public IQueryable<Child> ChangeableChildren(ClaimsPrincipal user, AccessRight? right = null)
    {
        var viewer = For(user, right);
        return viewer.ReadOnly ? db.Children.Where(_ => false) : Children(viewer);
    }

    /// <summary>Classes shown to the person: a guardian sees their children's classes (plan, announcements).</summary>
    public IQueryable<Classroom> VisibleClasses(ClaimsPrincipal user, AccessRight? right = null) => Classes(For(user, right), includeGuardian: true);

    /// <summary>Classes whose records (attendance, measuring day, plan, announcements) the person may write: staff only.</summary>
    public IQueryable<Classroom> ChangeableClasses(ClaimsPrincipal user, AccessRight? right = null)
    {
        var viewer = For(user, right);
        return viewer.ReadOnly ? db.Classrooms.Where(_ => false) : Classes(viewer, includeGuardian: false);
    }

    public async Task<AccessCapacity> CapacityAsync(ClaimsPrincipal user, int childId, AccessRight? right = null, CancellationToken ct = default)
    {
        var viewer = For(user, right);
        if (viewer.SchoolWide)
        {
            return await db.Children.AnyAsync(c => c.Id == childId, ct) ? AccessCapacity.SchoolWide : AccessCapacity.None;
        }
        if (viewer.SeesNothing)
        {
            return AccessCapacity.None;
        }
        var (teacher, guardian) = (viewer.TeacherUserId, viewer.GuardianId);
        var found = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new
            {
                Staff = teacher != null && c.Classroom!.Teachers.Any(t => t.StaffMember!.UserId == teacher),
                Family = guardian != null && c.Guardians.Any(g => g.GuardianId == guardian),
            })
            .FirstOrDefaultAsync(ct);
        return found switch
        {
            { Staff: true } => AccessCapacity.ClassStaff,
            { Family: true } => AccessCapacity.Guardian,
            _ => AccessCapacity.None,
        };
    }

    public Task<bool> CanSeeChildAsync(ClaimsPrincipal user, int childId, AccessRight? right = null, CancellationToken ct = default) =>
        VisibleChildren(user, right).AnyAsync(c => c.Id == childId, ct);

    public Task<bool> CanChangeChildAsync(ClaimsPrincipal user, int childId, AccessRight? right = null, CancellationToken ct = default) =>
        ChangeableChildren(user, right).AnyAsync(c => c.Id == childId, ct);

    public Task<bool> CanSeeClassAsync(ClaimsPrincipal user, int classId, AccessRight? right = null, CancellationToken ct = default) =>
        VisibleClasses(user, right).AnyAsync(c => c.Id == classId, ct);

    public Task<bool> CanChangeClassAsync(ClaimsPrincipal user, int classId, AccessRight? right = null, CancellationToken ct = default) =>
        ChangeableClasses(user, right).AnyAsync(c => c.Id == classId, ct);

    public async Task EnsureCanChangeChildAsync(ClaimsPrincipal user, int childId, AccessRight? right = null, CancellationToken ct = default)
    {
        if (!await CanChangeChildAsync(user, childId, right, ct))
        {
            throw new AccessRefusedException("Bạn không có quyền thay đổi dữ liệu của trẻ này.");
        }
    }

    public async Task EnsureCanChangeClassAsync(ClaimsPrincipal user, int classId, AccessRight? right = null, CancellationToken ct = default)
    {
        if (!await CanChangeClassAsync(user, classId, right, ct))
        {
            throw new AccessRefusedException("Bạn không có quyền thay đổi dữ liệu của lớp này.");
        }
    }

    private IQueryable<Child> Children(Viewer viewer)
    {
        if (viewer.SchoolWide)
        {
            return db.Children;
        }
        if (viewer.SeesNothing)
        {
            return db.Children.Where(_ => false);
        }
        var (teacher, guardian) = (viewer.TeacherUserId, viewer.GuardianId);
        return db.Children.Where(c =>
            (teacher != null && c.Classroom!.Teachers.Any(t => t.StaffMember!.UserId == teacher))
            || (guardian != null && c.Guardians.Any(g => g.GuardianId == guardian)));
    }

    private IQueryable<Classroom> Classes(Viewer viewer, bool includeGuardian)
    {
        if (viewer.SchoolWide)
        {
            return db.Classrooms;
        }
        var teacher = viewer.TeacherUserId;
        var guardian = includeGuardian ? viewer.GuardianId : null;
        if (teacher is null && guardian is null)
        {
            return db.Classrooms.Where(_ => false);
        }
        return db.Classrooms.Where(c =>
            (teacher != null && c.Teachers.Any(t => t.StaffMember!.UserId == teacher))
            || (guardian != null && c.Children.Any(ch => ch.Guardians.Any(g => g.GuardianId == guardian))));
    }
}
