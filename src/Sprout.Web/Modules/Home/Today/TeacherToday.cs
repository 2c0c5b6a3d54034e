using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Growth;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Home.Today;

public sealed record ChildLink(int Id, string Name);

public sealed record MedicineDue(int ChildId, string Child, string ClassName, string Medicine, string Dose, string Times, bool Given);

public sealed record AllergyLine(int ChildId, string Child, string ClassName, string Allergies);

/// <summary>The attendance of one class today: how many children have a mark, and which.</summary>
public sealed record ClassAttendanceToday(int Enrolled, int Present, int Absent, int ReportedAbsent, int Unmarked)
{
    /// <summary>Taken when every child has a mark (a parent's advance report counts for that child).</summary>
    public bool Taken => Unmarked == 0 && Enrolled > 0;

    /// <summary>The teacher has begun the roll call: a parent's report alone does not start it.</summary>
    public bool Started => Present + Absent > 0;
}

public sealed record TeacherClassToday(
    int ClassId, string ClassName, ClassAttendanceToday Attendance, IReadOnlyList<ChildLink> UnreadMessages,
    IReadOnlyList<MedicineDue> Medicine, MenuDayLines? Menu, IReadOnlyList<AllergyLine> Allergies,
    IReadOnlyList<ChildLink> ReportsToWrite, DateOnly NextMeasuring);

/// <summary>Read-only: what a teacher has to do today in each class they teach.</summary>
public sealed class TeacherToday(SproutDbContext db, TodayAccess access, TodayMenu menus)
{
    public async Task<IReadOnlyList<TeacherClassToday>> ForAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var classes = await access.TaughtClasses(user).AsNoTracking().OrderBy(c => c.AgeGroup).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.AgeGroup }).ToListAsync(ct);
        var result = new List<TeacherClassToday>();
        foreach (var c in classes.OrderBy(c => c.AgeGroup).ThenBy(c => c.Name, VietnameseCollation.Comparer))
        {
            var children = await db.Children.AsNoTracking().Where(ch => ch.ClassroomId == c.Id)
                .Select(ch => new
                {
                    ch.Id, Name = new PersonName(ch.FamilyName, ch.MiddleName, ch.GivenName), ch.DateOfBirth, ch.Allergies,
                    Mark = db.Set<AttendanceRecord>().Where(a => a.ChildId == ch.Id && a.Date == today)
                        .Select(a => new { a.Status, a.ReportedByParent, a.CheckInAt }).FirstOrDefault(),
                    HasReport = db.Set<DailyReport>().Any(r => r.ChildId == ch.Id && r.Date == today),
                    Unread = db.Set<ContactMessage>().Count(m => m.ChildId == ch.Id && !m.FromSchool && m.ReadAt == null),
                })
                .ToListAsync(ct);
            var ordered = children.OrderBy(ch => ch.Name, VietnameseNameComparer.Instance).ToList();
            var attendance = Count(ordered.Select(ch => ch.Mark is null ? null : new Mark(ch.Mark.Status, ch.Mark.ReportedByParent)).ToList());
            var medicine = await db.Set<MedicineRequest>().AsNoTracking().Where(m => m.Date == today && m.Child!.ClassroomId == c.Id)
                .OrderBy(m => m.Id).Select(m => new { m.ChildId, m.Child!.FamilyName, m.Child.MiddleName, m.Child.GivenName, m.Medicine, m.Dose, m.Times, Given = m.Doses.Select(d => d.Slot).ToList() })
                .ToListAsync(ct);
            var ids = ordered.Select(ch => ch.Id).ToList();
            var lastMeasured = await db.Set<Measurement>().AsNoTracking().Where(m => ids.Contains(m.ChildId))
                .OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
            var anyUnderTwo = ordered.Any(ch => MeasuringCadence.IsUnder24Months(ch.DateOfBirth, today));
            result.Add(new TeacherClassToday(
                c.Id, c.Name, attendance,
                ordered.Where(ch => ch.Unread > 0).Select(ch => new ChildLink(ch.Id, ch.Name.FullName)).ToList(),
                medicine.Select(m => new MedicineDue(m.ChildId, new PersonName(m.FamilyName, m.MiddleName, m.GivenName).FullName, c.Name, m.Medicine, m.Dose, m.Times, Sprout.Domain.Health.MedicineSchedule.AllGiven(m.Times, m.Given))).ToList(),
                await menus.DayAsync(TodayMenu.GroupOf(c.AgeGroup), today, publishedOnly: false, ct),
                ordered.Where(ch => !string.IsNullOrWhiteSpace(ch.Allergies)).Select(ch => new AllergyLine(ch.Id, ch.Name.FullName, c.Name, ch.Allergies!)).ToList(),
                // A contact-book entry is owed for every child at school today who has none yet.
                ordered.Where(ch => ch.Mark is { Status: AttendanceStatus.Present, ReportedByParent: false } && !ch.HasReport)
                    .Select(ch => new ChildLink(ch.Id, ch.Name.FullName)).ToList(),
                MeasuringCadence.NextDue(lastMeasured, anyUnderTwo, today)));
        }
        return result;
    }

    public sealed record Mark(AttendanceStatus Status, bool ReportedByParent);

    /// <summary>
    /// Counts one class's day. A parent's advance report is counted apart from the teacher's marks, so a class with
    /// only reports has not started its roll call.
    /// </summary>
    public static ClassAttendanceToday Count(IReadOnlyList<Mark?> marks) => new(
        marks.Count,
        marks.Count(m => m is { Status: AttendanceStatus.Present }),
        marks.Count(m => m is { Status: not AttendanceStatus.Present, ReportedByParent: false }),
        marks.Count(m => m is { Status: not AttendanceStatus.Present, ReportedByParent: true }),
        marks.Count(m => m is null));
}
