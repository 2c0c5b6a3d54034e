using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Children;

/// <summary>
/// Keeps <see cref="ClassMembership"/> in step with <see cref="Child.ClassroomId"/> on every save, whatever
/// changed it (the form, an import, a promotion to next year's class), so history is never lost.
/// </summary>
internal static class ClassHistory
{
    public static async Task TrackAsync(SproutDbContext db, DateOnly today, CancellationToken ct)
    {
        var moved = db.ChangeTracker.Entries<Child>()
            .Where(e => e.State == EntityState.Added
                ? e.Entity.ClassroomId is not null
                : e.State == EntityState.Modified && e.Property(c => c.ClassroomId).IsModified
                    && e.Property(c => c.ClassroomId).OriginalValue != e.Entity.ClassroomId)
            .ToList();
        if (moved.Count == 0)
        {
            return;
        }
        var existingIds = moved.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList();
        var open = existingIds.Count == 0
            ? []
            : await db.Set<ClassMembership>().Where(m => existingIds.Contains(m.ChildId) && m.To == null).ToListAsync(ct);
        foreach (var entry in moved)
        {
            foreach (var membership in open.Where(m => m.ChildId == entry.Entity.Id))
            {
                membership.To = today;
            }
            if (entry.Entity.ClassroomId is { } classId)
            {
                db.Add(new ClassMembership { SchoolId = entry.Entity.SchoolId, Child = entry.Entity, ClassroomId = classId, From = today });
            }
        }
    }
}
