using System.Security.Claims;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Home.Today;

/// <summary>Which classes and children the home page shows a person, asked of <see cref="ChildAccess"/> only.</summary>
public sealed class TodayAccess(SproutDbContext db, ChildAccess access)
{
    /// <summary>
    /// The classes the person teaches, even when they also hold a school-wide role (a principal who teaches a class
    /// sees that class on their home, not the whole school).
    /// </summary>
    public IQueryable<Classroom> TaughtClasses(ClaimsPrincipal user) =>
        ChildAccess.IsSchoolWide(user) ? TeacherOnly(user) : access.ChangeableClasses(user);

    /// <summary>Every class the person may open (all of the school for school-wide roles).</summary>
    public IQueryable<Classroom> VisibleClasses(ClaimsPrincipal user) => access.VisibleClasses(user);

    /// <summary>The children of whom the signed-in person is a guardian, as a parent.</summary>
    public IQueryable<Child> MyChildren(ClaimsPrincipal user) => access.VisibleChildren(user, AccessRights.ParentHome);

    private IQueryable<Classroom> TeacherOnly(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return user.IsInRole(Roles.Teacher) && userId is not null
            ? db.Classrooms.Where(c => c.Teachers.Any(t => t.StaffMember!.UserId == userId))
            : db.Classrooms.Where(_ => false);
    }
}
