using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.ContactBook;

public sealed record AnnouncementView(ClassAnnouncement Announcement, int ReadBy, bool ReadByMe);

/// <summary>Class announcements (with read receipts and notifications to families) and the weekly plan.</summary>
public sealed class ClassNoticeService(SproutDbContext db, ChildAccess access, NotificationOutbox outbox, TimeProvider clock)
{
    public async Task PostAsync(int classId, string title, string body, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, ContactBookModule.Write, ct);
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
        {
            throw new ContactBookRuleException("Vui lòng nhập tiêu đề và nội dung thông báo.");
        }
        var schoolId = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct);
        var announcement = new ClassAnnouncement
        {
            SchoolId = schoolId, ClassroomId = classId, Title = title.Trim(), Body = body.Trim(),
            AuthorName = user.DisplayName(), PostedAt = clock.GetUtcNow(),
        };
        db.Add(announcement);
        var guardianIds = db.ChildGuardians.Where(g => g.Child!.ClassroomId == classId).Select(g => g.GuardianId);
        var recipients = await db.Users.Where(u => u.GuardianId != null && guardianIds.Contains(u.GuardianId.Value))
            .Select(u => new NotificationRecipient(u.Id, u.Email, u.PhoneNumber)).ToListAsync(ct);
        var className = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.Name).FirstAsync(ct);
        outbox.Enqueue(db, schoolId, recipients, $"Lớp {className}: {announcement.Title}", announcement.Body, "/thong-bao");
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AnnouncementView>> ForClassAsync(int classId, int? guardianId, CancellationToken ct)
    {
        var rows = await db.Set<ClassAnnouncement>().AsNoTracking().Where(a => a.ClassroomId == classId).OrderByDescending(a => a.Id).Take(50)
            .Select(a => new { Announcement = a, ReadBy = a.Reads.Count, Mine = guardianId != null && a.Reads.Any(r => r.GuardianId == guardianId) })
            .ToListAsync(ct);
        return rows.Select(r => new AnnouncementView(r.Announcement, r.ReadBy, r.Mine)).ToList();
    }

    /// <summary>The announcements of a parent's child's class; opening them records the read receipts.</summary>
    public async Task<IReadOnlyList<AnnouncementView>?> ForParentAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        // The guardian capacity only: the read receipts are the family's.
        var guardianId = user.GuardianId();
        var child = await access.VisibleChildren(user, AccessRights.ParentHome).Where(c => c.Id == childId)
            .Select(c => new { c.ClassroomId, c.SchoolId }).FirstOrDefaultAsync(ct);
        if (child?.ClassroomId is not { } classId || guardianId is not { } gid)
        {
            return null;
        }
        var list = await ForClassAsync(classId, gid, ct);
        foreach (var unread in list.Where(a => !a.ReadByMe))
        {
            db.Add(new AnnouncementRead { SchoolId = child.SchoolId, AnnouncementId = unread.Announcement.Id, GuardianId = gid, ReadAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(ct);
        return list;
    }

    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly ParseWeek(string? text, DateOnly today) =>
        WeekOf(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : today);

    public Task<WeeklyPlan?> PlanAsync(int classId, DateOnly weekStart, CancellationToken ct) =>
        db.Set<WeeklyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.ClassroomId == classId && p.WeekStart == weekStart, ct);

    /// <summary>The class of a child whose weekly plan a parent may read, or null.</summary>
    public Task<Children.Classroom?> ClassOfChildAsync(int childId, ClaimsPrincipal user, CancellationToken ct) =>
        access.VisibleChildren(user, AccessRights.ParentHome).AsNoTracking().Where(c => c.Id == childId && c.ClassroomId != null)
            .Select(c => c.Classroom).FirstOrDefaultAsync(ct);

    public async Task SavePlanAsync(int classId, DateOnly weekStart, string plan, string? extracurricular, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, ContactBookModule.Write, ct);
        if (string.IsNullOrWhiteSpace(plan))
        {
            throw new ContactBookRuleException("Vui lòng nhập kế hoạch giáo dục của tuần.");
        }
        var existing = await db.Set<WeeklyPlan>().FirstOrDefaultAsync(p => p.ClassroomId == classId && p.WeekStart == weekStart, ct);
        if (existing is null)
        {
            var schoolId = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct);
            existing = new WeeklyPlan { SchoolId = schoolId, ClassroomId = classId, WeekStart = weekStart, Plan = plan, UpdatedBy = user.DisplayName() };
            db.Add(existing);
        }
        existing.Plan = plan.Trim();
        existing.Extracurricular = string.IsNullOrWhiteSpace(extracurricular) ? null : extracurricular.Trim();
        existing.UpdatedBy = user.DisplayName();
        existing.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
