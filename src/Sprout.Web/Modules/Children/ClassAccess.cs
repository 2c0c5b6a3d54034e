using System.Security.Claims;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Children;

/// <summary>
/// Which classes a person may open. School-wide roles see every class of their school;
/// a teacher sees only the classes they teach (resource-based, on top of the school filter).
/// </summary>
public sealed class ClassAccess(SproutDbContext db)
{
    private static readonly string[] SchoolWide = [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Nurse, Roles.Clerk];

    public bool IsSchoolWide(ClaimsPrincipal user) => SchoolWide.Any(user.IsInRole);

    public IQueryable<Classroom> Visible(ClaimsPrincipal user)
    {
        if (IsSchoolWide(user))
        {
            return db.Classrooms;
        }
        var userId = user.UserId();
        return user.IsInRole(Roles.Teacher) && userId is not null
            ? db.Classrooms.Where(c => c.Teachers.Any(t => t.StaffMember!.UserId == userId))
            : db.Classrooms.Where(_ => false);
    }
}
