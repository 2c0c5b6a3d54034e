using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Home.Today;

public sealed record ParentChoice(int Id, string Name);

/// <summary>One child's day at school as the family sees it.</summary>
public sealed record ParentChildToday(
    int ChildId, string Name, string? ClassName, AttendanceRecord? Attendance,
    MealIntake Eating, NapQuality Sleeping, string? Comment, string? WrittenBy, IReadOnlyList<int> PhotoIds,
    int UnreadMessages, IReadOnlyList<string> UnreadAnnouncements, IReadOnlyList<MenuDayLines> WeekMenu,
    string? Extracurricular, DateOnly WeekStart, int ClassPhotosToday = 0);

/// <summary>Read-only: a parent's children and, for the chosen one, today at school.</summary>
public sealed class ParentToday(SproutDbContext db, TodayAccess access, TodayMenu menus)
{
    public async Task<IReadOnlyList<ParentChoice>> ChildrenAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await access.MyChildren(user).AsNoTracking()
            .Select(c => new { c.Id, Name = new PersonName(c.FamilyName, c.MiddleName, c.GivenName) }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name, VietnameseNameComparer.Instance).Select(r => new ParentChoice(r.Id, r.Name.FullName)).ToList();
    }

    /// <summary>Null when the child is not one of the parent's (the guardian link decides, as on every parent page).</summary>
    public async Task<ParentChildToday?> ChildAsync(ClaimsPrincipal user, int childId, DateOnly today, CancellationToken ct)
    {
        var guardianId = user.GuardianId();
        var child = await access.MyChildren(user).AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new
            {
                c.Id, Name = new PersonName(c.FamilyName, c.MiddleName, c.GivenName), c.ClassroomId,
                ClassName = c.Classroom != null ? c.Classroom.Name : null, AgeGroup = c.Classroom != null ? (Children.AgeGroup?)c.Classroom.AgeGroup : null,
            })
            .FirstOrDefaultAsync(ct);
        if (child is null)
        {
            return null;
        }
        var attendance = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => a.ChildId == childId && a.Date == today).OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        var report = await db.Set<DailyReport>().AsNoTracking().Where(r => r.ChildId == childId && r.Date == today).OrderBy(r => r.Id)
            .Select(r => new { r.Eating, r.Sleeping, r.Comment, r.WrittenBy, Photos = r.Photos.OrderBy(p => p.Id).Select(p => p.Id).ToList() })
            .FirstOrDefaultAsync(ct);
        var unread = await db.Set<ContactMessage>().CountAsync(m => m.ChildId == childId && m.FromSchool && m.ReadAt == null, ct);
        var announcements = child.ClassroomId is { } classId
            ? await db.Set<ClassAnnouncement>().AsNoTracking()
                .Where(a => a.ClassroomId == classId && !a.Reads.Any(r => r.GuardianId == guardianId))
                .OrderByDescending(a => a.Id).Select(a => a.Title).Take(5).ToListAsync(ct)
            : [];
        var monday = TodayMenu.Monday(today);
        var plan = child.ClassroomId is { } planClass
            ? await db.Set<WeeklyPlan>().AsNoTracking().Where(p => p.ClassroomId == planClass && p.WeekStart == monday).OrderBy(p => p.Id)
                .Select(p => p.Extracurricular).FirstOrDefaultAsync(ct)
            : null;
        var classPhotos = child.ClassroomId is { } albumClass
            ? await db.Set<ClassPhoto>().CountAsync(p => p.ClassroomId == albumClass && p.Date == today && p.DeletedAt == null, ct)
            : 0;
        // Families see only a menu the school has published.
        var week = child.AgeGroup is { } group ? await menus.WeekAsync(TodayMenu.GroupOf(group), today, publishedOnly: true, ct) : [];
        return new ParentChildToday(child.Id, child.Name.FullName, child.ClassName, attendance,
            report?.Eating ?? MealIntake.NotRecorded, report?.Sleeping ?? NapQuality.NotRecorded, report?.Comment, report?.WrittenBy,
            report?.Photos ?? [], unread, announcements, week, string.IsNullOrWhiteSpace(plan) ? null : plan, monday, classPhotos);
    }
}
