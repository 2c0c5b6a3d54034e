using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Notifications;

/// <summary>Who an event concerns, as account ids, for <see cref="NotificationOutbox.EnqueueAsync"/>. Every query names the school or the row, so it answers the same in a request and in background work.</summary>
public static class NotificationAudience
{
    /// <summary>The accounts of the staff assigned to teach the class.</summary>
    public static Task<List<int>> ClassTeachersAsync(SproutDbContext db, int classroomId, CancellationToken ct) =>
        db.ClassroomTeachers.Where(t => t.ClassroomId == classroomId && t.StaffMember!.UserId != null)
            .Select(t => t.StaffMember!.UserId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The accounts of the teachers of the child's current class.</summary>
    public static Task<List<int>> ChildTeachersAsync(SproutDbContext db, int childId, CancellationToken ct) =>
        db.ClassroomTeachers.Where(t => db.Children.Any(c => c.Id == childId && c.ClassroomId == t.ClassroomId) && t.StaffMember!.UserId != null)
            .Select(t => t.StaffMember!.UserId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The parent accounts that speak for one of the child's guardians.</summary>
    public static Task<List<int>> GuardianAccountsAsync(SproutDbContext db, int childId, CancellationToken ct) =>
        db.Users.Where(u => u.GuardianId != null && db.ChildGuardians.Any(g => g.ChildId == childId && g.GuardianId == u.GuardianId))
            .Select(u => u.Id).ToListAsync(ct);

    /// <summary>The guardians' accounts of several children in one query, by child (a class-wide write).</summary>
    public static async Task<ILookup<int, int>> GuardianAccountsByChildAsync(SproutDbContext db, IReadOnlyCollection<int> childIds, CancellationToken ct) =>
        (await db.ChildGuardians.Where(g => childIds.Contains(g.ChildId))
            .SelectMany(g => db.Users.Where(u => u.GuardianId == g.GuardianId), (g, u) => new { g.ChildId, u.Id })
            .ToListAsync(ct)).ToLookup(x => x.ChildId, x => x.Id);

    /// <summary>The school's accounts holding any of the roles.</summary>
    public static async Task<List<int>> HoldersOfAsync(SproutDbContext db, int schoolId, IEnumerable<string> roles, CancellationToken ct)
    {
        var names = roles.ToList();
        return await db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && names.Contains(r.Name!)) && db.Users.Any(u => u.Id == ur.UserId && u.SchoolId == schoolId))
            .Select(ur => ur.UserId).Distinct().ToListAsync(ct);
    }
}
