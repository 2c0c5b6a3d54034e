using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Children;

/// <summary>A rule of the Children module refused the change; the message is shown on the form.</summary>
public sealed class ChildrenRuleException(string message) : RuleException(message);

/// <summary>Creates classes, assigns their teachers and moves children between classes (the school's managers).</summary>
public sealed class ClassService(SproutDbContext db, ChildAccess access)
{
    public async Task<string> CreateAsync(string name, AgeGroup? group, string year, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!ChildAccess.IsSchoolWide(user, AccessRights.ClassesManage))
        {
            throw new AccessRefusedException();
        }
        var clean = PersonName.Clean(name);
        if (clean.Length == 0 || group is null)
        {
            throw new ChildrenRuleException("Vui lòng nhập tên lớp và chọn độ tuổi.");
        }
        if (await db.Classrooms.AnyAsync(c => c.Name == clean && c.SchoolYear == year, ct))
        {
            throw new ChildrenRuleException($"Năm học {year} đã có lớp “{clean}”.");
        }
        db.Classrooms.Add(new Classroom { SchoolId = user.SchoolIdOrThrow(), Name = clean, AgeGroup = group.Value, SchoolYear = year });
        await db.SaveChangesAsync(ct);
        return clean;
    }

    /// <summary>Sets the class's teachers (only staff members who are teachers) and its one homeroom teacher.</summary>
    public async Task SaveTeachersAsync(int classId, IReadOnlyCollection<int> teacherIds, int? homeroom, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, AccessRights.ClassesManage, ct);
        var schoolId = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct);
        var teachers = await db.StaffMembers.Where(s => s.Position == "Giáo viên" && teacherIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var chosen = teachers.ToHashSet();
        var head = homeroom is { } h && chosen.Contains(h) ? h : (int?)null;
        var links = await db.ClassroomTeachers.Where(t => t.ClassroomId == classId).ToListAsync(ct);
        db.ClassroomTeachers.RemoveRange(links.Where(l => !chosen.Contains(l.StaffMemberId)));
        foreach (var id in chosen.Where(id => links.All(l => l.StaffMemberId != id)))
        {
            db.ClassroomTeachers.Add(new ClassroomTeacher { SchoolId = schoolId, ClassroomId = classId, StaffMemberId = id, IsHomeroom = id == head });
        }
        foreach (var l in links.Where(l => chosen.Contains(l.StaffMemberId)))
        {
            l.IsHomeroom = l.StaffMemberId == head;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves children of one class to another; returns how many moved.</summary>
    public async Task<int> MoveAsync(int classId, IReadOnlyCollection<int> childIds, int? target, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, AccessRights.ClassesManage, ct);
        if (target is not { } to || to == classId || childIds.Count == 0 || !await access.CanChangeClassAsync(user, to, AccessRights.ClassesManage, ct))
        {
            throw new ChildrenRuleException("Vui lòng chọn trẻ và lớp mới.");
        }
        // Tracked updates (not a bulk update) so class history and the audit log see each move.
        var children = await access.ChangeableChildren(user, AccessRights.ClassesManage).Where(c => c.ClassroomId == classId && childIds.Contains(c.Id)).ToListAsync(ct);
        if (children.Count == 0)
        {
            throw new ChildrenRuleException("Vui lòng chọn trẻ và lớp mới.");
        }
        foreach (var child in children)
        {
            child.ClassroomId = to;
        }
        await db.SaveChangesAsync(ct);
        return children.Count;
    }
}
