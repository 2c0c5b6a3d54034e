using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Calendar;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Attendance;

public sealed record PickUpPerson(string Name, string Relation);

public sealed record AttendanceRow(int ChildId, PersonName Name, IReadOnlyList<PickUpPerson> PickUpList, AttendanceRecord? Record);

/// <summary>Whether a class's meals are counted: only from the register of a school day.</summary>
public enum MealCountState
{
    Counted = 0,

    /// <summary>The register is not taken yet: shown as "chưa điểm danh", never guessed as everyone present.</summary>
    NotMarked = 1,

    /// <summary>The school is closed that day (weekend, holiday, closure): no meals.</summary>
    NoSchool = 2,
}

public sealed record MealCount(string ClassName, int Enrolled, int Absent, int Meals, MealCountState State = MealCountState.Counted);

public sealed record MonthSheet(string ClassName, int Year, int Month, IReadOnlyList<MonthSheetRow> Rows, IReadOnlyList<int> PresentPerDay, IReadOnlyList<int>? SchoolDays = null)
{
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The days of the month the school was open (from the school calendar), for the "số ngày học" line.</summary>
    public IReadOnlyList<int> OpenDays => SchoolDays ?? [.. Enumerable.Range(1, Days)];
}

public sealed record MonthSheetRow(PersonName Name, IReadOnlyList<string> Marks, int Present, int Excused, int Unexcused);

/// <summary>Morning check-in, afternoon check-out, absences, the kitchen's meal count and the monthly sheet.</summary>
public sealed class AttendanceService(SproutDbContext db, ChildAccess access, TimeProvider clock, SchoolCalendar calendar, NotificationOutbox outbox)
{
    public DateOnly Today => Platform.Text.VietnameseFormat.Today(clock);

    /// <summary>A class the person may see (staff through their classes, a parent through their child's class).</summary>
    public Task<Classroom?> ClassAsync(int classId, ClaimsPrincipal user, CancellationToken ct) =>
        access.VisibleClasses(user).AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, ct);

    public async Task<IReadOnlyList<AttendanceRow>> DayAsync(int classId, DateOnly date, CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId == classId)
            .Select(c => new
            {
                c.Id, c.FamilyName, c.MiddleName, c.GivenName,
                PickUp = c.Guardians.Where(g => g.MayPickUp).Select(g => new PickUpPerson(g.Guardian!.FullName, g.Relation)).ToList(),
            })
            .ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var records = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => a.Date == date && ids.Contains(a.ChildId)).ToDictionaryAsync(a => a.ChildId, ct);
        return children
            .Select(c => new AttendanceRow(c.Id, new PersonName(c.FamilyName, c.MiddleName, c.GivenName), c.PickUp, records.GetValueOrDefault(c.Id)))
            .OrderBy(r => r.Name, VietnameseNameComparer.Instance)
            .ToList();
    }

    public async Task<bool> CheckInAsync(int classId, int childId, DateOnly date, string? droppedOffBy, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await RecordAsync(classId, childId, date, user, ct);
        record.Status = AttendanceStatus.Present;
        record.AbsenceReason = null;
        if (record.CheckInAt is null)
        {
            // The child's own arrival (after an absence was marked, say): its time may be late.
            record.CheckInAt = clock.GetUtcNow();
            record.MarkedWithClass = false;
        }
        record.DroppedOffBy = Clean(droppedOffBy);
        await db.SaveChangesAsync(ct);
        return await OnPickUpListAsync(childId, record.DroppedOffBy, ct);
    }

    /// <summary>Records who fetched the child; returns false (and flags the record) when that person is not on the pick-up list.</summary>
    public async Task<bool> CheckOutAsync(int classId, int childId, DateOnly date, string? pickedUpBy, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await RecordAsync(classId, childId, date, user, ct);
        // Checking out once turned an absent child present; only a child who arrived can leave.
        if (record.Status != AttendanceStatus.Present || record.CheckInAt is null)
        {
            throw new AttendanceRuleException("Trẻ chưa được điểm danh có mặt nên không thể ghi đón về.");
        }
        record.CheckOutAt = clock.GetUtcNow();
        record.PickedUpBy = Clean(pickedUpBy);
        var onList = await OnPickUpListAsync(childId, record.PickedUpBy, ct);
        record.PickUpNotOnList = !onList;
        await db.SaveChangesAsync(ct);
        return onList;
    }

    public async Task MarkAbsentAsync(int classId, int childId, DateOnly date, bool excused, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await RecordAsync(classId, childId, date, user, ct);
        record.Status = excused ? AttendanceStatus.AbsentExcused : AttendanceStatus.AbsentUnexcused;
        record.AbsenceReason = Clean(reason);
        record.CheckInAt = null;
        record.CheckOutAt = null;
        record.DroppedOffBy = null;
        record.PickedUpBy = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"Cả lớp có mặt": every child not yet marked is checked in now; reported absences stay.</summary>
    public async Task<int> AllPresentAsync(int classId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureClassAsync(classId, user, ct);
        await calendar.EnsureSchoolDayAsync(await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct), date, ct);
        var marked = db.Set<AttendanceRecord>().Where(a => a.Date == date).Select(a => a.ChildId);
        var unmarked = await db.Children.Where(c => c.ClassroomId == classId && !marked.Contains(c.Id)).Select(c => new { c.Id, c.SchoolId }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var c in unmarked)
        {
            db.Add(new AttendanceRecord { SchoolId = c.SchoolId, ChildId = c.Id, Date = date, Status = AttendanceStatus.Present, CheckInAt = now, MarkedWithClass = true, RecordedByUserId = user.UserId() });
        }
        await db.SaveChangesAsync(ct);
        return unmarked.Count;
    }

    /// <summary>A parent reports an absence for today or a later day; the teacher sees it on the class's day.</summary>
    public async Task ReportAbsenceAsync(int childId, DateOnly date, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        // Only the guardian capacity counts here: a parent who is also staff reports for their own child only.
        await access.EnsureCanChangeChildAsync(user, childId, AccessRights.ParentHome, ct);
        if (date < Today)
        {
            throw new AttendanceRuleException("Chỉ báo vắng cho hôm nay hoặc những ngày sắp tới.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new AttendanceRuleException("Vui lòng ghi lý do vắng.");
        }
        var child = await db.Children.FirstAsync(c => c.Id == childId, ct);
        if (await calendar.StatusAsync(child.SchoolId, date, ct) is { IsSchoolDay: false } closed)
        {
            throw new AttendanceRuleException($"Ngày {Platform.Text.VietnameseFormat.Date(date)} trường nghỉ ({closed.Reason}), không cần báo vắng.");
        }
        var record = await db.Set<AttendanceRecord>().FirstOrDefaultAsync(a => a.ChildId == childId && a.Date == date, ct);
        if (record is { CheckInAt: not null })
        {
            throw new AttendanceRuleException("Trẻ đã được điểm danh có mặt trong ngày này.");
        }
        if (record is null)
        {
            record = new AttendanceRecord { SchoolId = child.SchoolId, ChildId = child.Id, Date = date };
            db.Add(record);
        }
        record.Status = AttendanceStatus.AbsentExcused;
        record.AbsenceReason = reason.Trim();
        record.ReportedByParent = true;
        if (child.ClassroomId is { } classroomId)
        {
            var name = new PersonName(child.FamilyName, child.MiddleName, child.GivenName).FullName;
            await outbox.EnqueueAsync(db, child.SchoolId, NotificationKind.AbsenceReported, await NotificationAudience.ClassTeachersAsync(db, classroomId, ct),
                $"Phụ huynh báo nghỉ: {name}", $"{name} nghỉ ngày {Platform.Text.VietnameseFormat.Date(date)}. Lý do: {record.AbsenceReason}",
                $"/lop/{classroomId}/diem-danh?ngay={date:yyyy-MM-dd}", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Meals to cook per class: enrolled children less those marked or reported absent, once the teacher has taken the
    /// register (a parent's advance report alone does not count as taken). A class not yet marked cooks nothing in the
    /// count, and a day the school is closed counts no meals at all.
    /// </summary>
    public async Task<IReadOnlyList<MealCount>> MealCountAsync(DateOnly date, CancellationToken ct)
    {
        var rows = await db.Classrooms.AsNoTracking()
            .Select(c => new
            {
                c.SchoolId, c.Name, c.AgeGroup,
                Enrolled = c.Children.Count,
                Absent = db.Set<AttendanceRecord>().Count(a => a.Date == date && a.Status != AttendanceStatus.Present && a.Child!.ClassroomId == c.Id),
                Marked = db.Set<AttendanceRecord>().Any(a => a.Date == date && a.RecordedByUserId != null && a.Child!.ClassroomId == c.Id),
            })
            .ToListAsync(ct);
        var open = new Dictionary<int, bool>();
        foreach (var schoolId in rows.Select(r => r.SchoolId).Distinct())
        {
            open[schoolId] = await calendar.IsSchoolDayAsync(schoolId, date, ct);
        }
        return rows.OrderBy(r => r.AgeGroup).ThenBy(r => r.Name, VietnameseCollation.Comparer)
            .Select(r => !open[r.SchoolId] ? new MealCount(r.Name, r.Enrolled, r.Absent, 0, MealCountState.NoSchool)
                : !r.Marked ? new MealCount(r.Name, r.Enrolled, r.Absent, 0, MealCountState.NotMarked)
                : new MealCount(r.Name, r.Enrolled, r.Absent, r.Enrolled - r.Absent)).ToList();
    }

    public async Task<MonthSheet> MonthSheetAsync(Classroom classroom, int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId == classroom.Id)
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var records = await db.Set<AttendanceRecord>().AsNoTracking()
            .Where(a => ids.Contains(a.ChildId) && a.Date >= first && a.Date <= last)
            .Select(a => new { a.ChildId, a.Date, a.Status }).ToListAsync(ct);
        var byChild = records.ToLookup(r => r.ChildId);
        var days = last.Day;
        var perDay = new int[days];
        var rows = children
            .Select(c =>
            {
                var marks = new string[days];
                Array.Fill(marks, string.Empty);
                foreach (var r in byChild[c.Id])
                {
                    marks[r.Date.Day - 1] = AttendanceSymbols.For(r.Status);
                    if (r.Status == AttendanceStatus.Present)
                    {
                        perDay[r.Date.Day - 1]++;
                    }
                }
                return new MonthSheetRow(new PersonName(c.FamilyName, c.MiddleName, c.GivenName), marks,
                    marks.Count(m => m == AttendanceSymbols.Present), marks.Count(m => m == AttendanceSymbols.Excused), marks.Count(m => m == AttendanceSymbols.Unexcused));
            })
            .OrderBy(r => r.Name, VietnameseNameComparer.Instance)
            .ToList();
        var schoolDays = await calendar.SchoolDaysInAsync(classroom.SchoolId, first, last, ct);
        return new MonthSheet(classroom.Name, year, month, rows, perDay, [.. schoolDays.Select(d => d.Day)]);
    }

    private async Task<AttendanceRecord> RecordAsync(int classId, int childId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureClassAsync(classId, user, ct);
        var child = await db.Children.Where(c => c.Id == childId && c.ClassroomId == classId).Select(c => new { c.Id, c.SchoolId }).FirstOrDefaultAsync(ct)
            ?? throw new AccessRefusedException("Trẻ này không thuộc lớp đang điểm danh.");
        await calendar.EnsureSchoolDayAsync(child.SchoolId, date, ct);
        var record = await db.Set<AttendanceRecord>().FirstOrDefaultAsync(a => a.ChildId == childId && a.Date == date, ct);
        if (record is null)
        {
            record = new AttendanceRecord { SchoolId = child.SchoolId, ChildId = child.Id, Date = date };
            db.Add(record);
        }
        record.RecordedByUserId = user.UserId();
        return record;
    }

    private Task EnsureClassAsync(int classId, ClaimsPrincipal user, CancellationToken ct) =>
        access.EnsureCanChangeClassAsync(user, classId, AttendanceModule.Take, ct);

    private async Task<bool> OnPickUpListAsync(int childId, string? person, CancellationToken ct)
    {
        if (person is null)
        {
            return true;
        }
        var folded = TextFolding.Fold(person);
        var names = await db.ChildGuardians.Where(g => g.ChildId == childId && g.MayPickUp).Select(g => g.Guardian!.FullName).ToListAsync(ct);
        return names.Any(n => TextFolding.Fold(n) == folded);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : PersonName.Clean(text);
}

/// <summary>An attendance rule refused the change; the message is shown on the form.</summary>
public sealed class AttendanceRuleException(string message) : RuleException(message);
