using System.Security.Claims;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Home.Today;

/// <summary>
/// Which classes and children the home page may show a person: the only place in Home that asks
/// <see cref="ClassAccess"/> or reads the guardian link, so a later shared access service replaces this file alone.
/// </summary>
public sealed class TodayAccess(SproutDbContext db, ClassAccess classes)
{
    /// <summary>
    /// The classes the person teaches, even when they also hold a school-wide role (a principal who teaches a class
    /// sees that class on their home, not the whole school): for a teacher alone it is what ClassAccess allows.
    /// </summary>
    public IQueryable<Classroom> TaughtClasses(ClaimsPrincipal user) =>
        classes.IsSchoolWide(user) ? TeacherOnly(user) : classes.Visible(user);

    /// <summary>Every class the person may open (all of the school for school-wide roles).</summary>
    public IQueryable<Classroom> VisibleClasses(ClaimsPrincipal user) => classes.Visible(user);

    /// <summary>The children of whom the signed-in parent is a guardian.</summary>
    public IQueryable<Child> MyChildren(ClaimsPrincipal user)
    {
        var guardianId = user.GuardianId();
        return guardianId is null ? db.Children.Where(_ => false) : db.Children.Where(c => c.Guardians.Any(g => g.GuardianId == guardianId));
    }

    private IQueryable<Classroom> TeacherOnly(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        return user.IsInRole(Roles.Teacher) && userId is not null
            ? db.Classrooms.Where(c => c.Teachers.Any(t => t.StaffMember!.UserId == userId))
            : db.Classrooms.Where(_ => false);
    }
}
