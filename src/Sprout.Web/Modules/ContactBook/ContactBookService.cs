using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Media;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.ContactBook;

public sealed record DailyReportInput(MealIntake Eating, NapQuality Sleeping, string? Hygiene, string? Activities, string? Comment);

public sealed record PhotoRef(int Id, int Width, int Height);

/// <summary>What a day page shows of a report: never the photos' bytes, which are served one by one.</summary>
public sealed record ReportView(MealIntake Eating, NapQuality Sleeping, string? Hygiene, string? Activities, string? Comment, string? WrittenBy, IReadOnlyList<PhotoRef> Photos);

public sealed record ChildDay(int ChildId, PersonName Name, ReportView? Report, AttendanceRecord? Attendance, string? FoodDislikes = null);

/// <summary>A contact-book rule refused the change; the message is shown on the form.</summary>
public sealed class ContactBookRuleException(string message) : RuleException(message);

/// <summary>
/// The electronic contact book. Every read and write first asks <see cref="ChildAccess"/> whether this person may
/// see (or write for) this child: staff through their classes, a parent only through their own guardian link.
/// </summary>
public sealed class ContactBookService(SproutDbContext db, ChildAccess access, TimeProvider clock, NotificationOutbox outbox)
{
    public Task<bool> MaySeeAsync(int childId, ClaimsPrincipal user, CancellationToken ct) =>
        access.CanSeeChildAsync(user, childId, ContactBookModule.Read, ct);

    public async Task<IReadOnlyList<ChildDay>> ClassDayAsync(int classId, DateOnly date, CancellationToken ct)
    {
        var days = await Days(db.Children.Where(c => c.ClassroomId == classId), date).ToListAsync(ct);
        return days.OrderBy(d => d.Name, VietnameseNameComparer.Instance).ToList();
    }

    /// <summary>One query for the whole page: the child, the day's report with photo references, and attendance.</summary>
    public async Task<ChildDay?> ChildDayAsync(int childId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        // The report and attendance are also filtered by the child's id as a parameter: correlated only, the
        // translation numbers every report and record of the school's day (ROW_NUMBER over all children) to keep
        // one, which made the parents' most visited page read the whole school's day.
        var visible = access.VisibleChildren(user, ContactBookModule.Read);
        return await visible.Where(c => c.Id == childId).AsNoTracking().Select(c => new ChildDay(
            c.Id,
            new PersonName(c.FamilyName, c.MiddleName, c.GivenName),
            db.Set<DailyReport>().Where(r => r.ChildId == c.Id && r.ChildId == childId && r.Date == date)
                .Select(r => new ReportView(r.Eating, r.Sleeping, r.Hygiene, r.Activities, r.Comment, r.WrittenBy,
                    r.Photos.OrderBy(p => p.Id).Select(p => new PhotoRef(p.Id, p.Width, p.Height)).ToList()))
                .FirstOrDefault(),
            db.Set<AttendanceRecord>().FirstOrDefault(a => a.ChildId == c.Id && a.ChildId == childId && a.Date == date),
            c.FoodDislikes)).FirstOrDefaultAsync(ct);
    }

    private IQueryable<ChildDay> Days(IQueryable<Child> children, DateOnly date) =>
        children.AsNoTracking().Select(c => new ChildDay(
            c.Id,
            new PersonName(c.FamilyName, c.MiddleName, c.GivenName),
            db.Set<DailyReport>().Where(r => r.ChildId == c.Id && r.Date == date)
                .Select(r => new ReportView(r.Eating, r.Sleeping, r.Hygiene, r.Activities, r.Comment, r.WrittenBy,
                    r.Photos.OrderBy(p => p.Id).Select(p => new PhotoRef(p.Id, p.Width, p.Height)).ToList()))
                .FirstOrDefault(),
            db.Set<AttendanceRecord>().FirstOrDefault(a => a.ChildId == c.Id && a.Date == date),
            c.FoodDislikes));

    public async Task SaveReportAsync(int childId, DateOnly date, DailyReportInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var report = await ReportForWritingAsync(childId, date, user, ct);
        report.Eating = input.Eating;
        report.Sleeping = input.Sleeping;
        report.Hygiene = Clean(input.Hygiene);
        report.Activities = Clean(input.Activities);
        report.Comment = Clean(input.Comment);
        await TellFamilyOfFirstNoteAsync(report, user, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The first note of the day tells the family; later corrections the same day do not ring again.</summary>
    private async Task TellFamilyOfFirstNoteAsync(DailyReport report, ClaimsPrincipal user, CancellationToken ct)
    {
        if (report.Id == 0)
        {
            await TellFamilyAsync(report, await NotificationAudience.GuardianAccountsAsync(db, report.ChildId, ct), user, ct);
        }
    }

    private Task<int> TellFamilyAsync(DailyReport report, IEnumerable<int> guardianAccounts, ClaimsPrincipal user, CancellationToken ct) =>
        outbox.EnqueueAsync(db, report.SchoolId, NotificationKind.ContactBookWritten, guardianAccounts,
            "Sổ liên lạc hôm nay của con", $"{user.DisplayName()} đã ghi sổ liên lạc ngày {Platform.Text.VietnameseFormat.Date(report.Date)}.",
            $"/con-toi/{report.ChildId}/so-lien-lac?ngay={report.Date:yyyy-MM-dd}", ct);

    /// <summary>
    /// One child's card as the teacher sends it: the notes and, when chosen, a photo, in one save, so a photo never
    /// goes without the text typed beside it. The photo is checked before anything is written.
    /// </summary>
    public async Task SaveCardAsync(int childId, DateOnly date, DailyReportInput input, byte[]? upload, ClaimsPrincipal user, CancellationToken ct)
    {
        SanitizedPhoto? photo = null;
        if (upload is { Length: > 0 })
        {
            try
            {
                photo = PhotoSanitizer.Sanitize(upload);
            }
            catch (PhotoRejectedException ex)
            {
                throw new ContactBookRuleException(ex.Message);
            }
        }
        var report = await ReportForWritingAsync(childId, date, user, ct);
        report.Eating = input.Eating;
        report.Sleeping = input.Sleeping;
        report.Hygiene = Clean(input.Hygiene);
        report.Activities = Clean(input.Activities);
        report.Comment = Clean(input.Comment);
        if (photo is not null)
        {
            db.Add(new ChildPhoto { SchoolId = report.SchoolId, DailyReport = report, ChildId = childId, Jpeg = photo.Jpeg, Width = photo.Width, Height = photo.Height, UploadedAt = clock.GetUtcNow() });
        }
        await TellFamilyOfFirstNoteAsync(report, user, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// "The same for the whole class": meals and nap for every child of the class that day, in one save. Children
    /// recorded absent are left alone (they had no meal at school); each card stays editable for the exceptions.
    /// Returns how many children were set.
    /// </summary>
    public async Task<int> SaveClassMealsAsync(int classId, DateOnly date, MealIntake eating, NapQuality sleeping, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, ContactBookModule.Write, ct);
        var children = await db.Children.Where(c => c.ClassroomId == classId)
            .Where(c => !db.Set<AttendanceRecord>().Any(a => a.ChildId == c.Id && a.Date == date && a.Status != AttendanceStatus.Present))
            .Select(c => new { c.Id, c.SchoolId }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var reports = await db.Set<DailyReport>().Where(r => ids.Contains(r.ChildId) && r.Date == date).ToDictionaryAsync(r => r.ChildId, ct);
        var (now, writer) = (clock.GetUtcNow(), user.DisplayName());
        // The families of children without a note yet hear of the day once; their accounts in one query, not one a child.
        var families = await NotificationAudience.GuardianAccountsByChildAsync(db, ids.Where(id => !reports.ContainsKey(id)).ToList(), ct);
        foreach (var child in children)
        {
            if (!reports.TryGetValue(child.Id, out var report))
            {
                report = new DailyReport { SchoolId = child.SchoolId, ChildId = child.Id, Date = date };
                await TellFamilyAsync(report, families[child.Id], user, ct);
                db.Add(report);
            }
            report.Eating = eating;
            report.Sleeping = sleeping;
            report.WrittenBy = writer;
            report.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return children.Count;
    }

    public async Task<byte[]?> PhotoAsync(int photoId, ClaimsPrincipal user, CancellationToken ct)
    {
        var photo = await db.Set<ChildPhoto>().AsNoTracking().Where(p => p.Id == photoId).Select(p => new { p.ChildId, p.Jpeg }).FirstOrDefaultAsync(ct);
        return photo is not null && await MaySeeAsync(photo.ChildId, user, ct) ? photo.Jpeg : null;
    }

    /// <summary>
    /// Messages are between the family and the class: the child's guardians, the class's teachers and the principal
    /// read them; other staff who may open the child's book (nurse, clerk, vice-principal, admin) do not.
    /// </summary>
    public async Task<bool> MayReadMessagesAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        var capacity = await access.CapacityAsync(user, childId, ContactBookModule.Read, ct);
        if (capacity == AccessCapacity.None)
        {
            return false;
        }
        return capacity == AccessCapacity.Guardian || user.IsInRole(Roles.Principal) || await TeachesChildAsync(childId, user, ct);
    }

    private async Task<bool> TeachesChildAsync(int childId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsInRole(Roles.Teacher) && user.UserId() is { } userId && (await NotificationAudience.ChildTeachersAsync(db, childId, ct)).Contains(userId);

    /// <summary>
    /// The thread, oldest first. Opening it marks the other side's messages as seen ("đã xem") only when the one
    /// they were written to reads them: a guardian for the school's messages, a teacher of the class for the family's
    /// (the principal reading the thread is not the teacher having seen it).
    /// </summary>
    public async Task<IReadOnlyList<ContactMessage>?> ThreadAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await MayReadMessagesAsync(childId, user, ct))
        {
            return null;
        }
        var capacity = await access.CapacityAsync(user, childId, ContactBookModule.Read, ct);
        var fromSchool = capacity != AccessCapacity.Guardian;
        if (!fromSchool || await TeachesChildAsync(childId, user, ct))
        {
            await db.Set<ContactMessage>().Where(m => m.ChildId == childId && m.FromSchool != fromSchool && m.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, clock.GetUtcNow()), ct);
        }
        return await db.Set<ContactMessage>().AsNoTracking().Where(m => m.ChildId == childId).OrderBy(m => m.Id).ToListAsync(ct);
    }

    public async Task SendAsync(int childId, string body, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeChildAsync(user, childId, ContactBookModule.Read, ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ContactBookRuleException("Vui lòng nhập nội dung tin nhắn.");
        }
        if (body.Length > 2000)
        {
            throw new ContactBookRuleException("Tin nhắn tối đa 2.000 ký tự.");
        }
        if (!await MayReadMessagesAsync(childId, user, ct))
        {
            throw new AccessRefusedException();
        }
        var capacity = await access.CapacityAsync(user, childId, ContactBookModule.Read, ct);
        var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync(ct);
        db.Add(new ContactMessage
        {
            SchoolId = schoolId, ChildId = childId, FromSchool = capacity != AccessCapacity.Guardian, AuthorUserId = user.UserId() ?? 0,
            AuthorName = user.DisplayName(), Body = body.Trim(), SentAt = clock.GetUtcNow(),
        });
        var toFamily = capacity != AccessCapacity.Guardian;
        var recipients = toFamily ? await NotificationAudience.GuardianAccountsAsync(db, childId, ct) : await NotificationAudience.ChildTeachersAsync(db, childId, ct);
        await outbox.EnqueueAsync(db, schoolId, NotificationKind.MessageReceived, recipients, $"Tin nhắn mới từ {user.DisplayName()}",
            body.Trim().Length > 200 ? body.Trim()[..200] + "…" : body.Trim(), toFamily ? $"/con-toi/{childId}/tin-nhan" : $"/tre/{childId}/tin-nhan", ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<DailyReport> ReportForWritingAsync(int childId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeChildAsync(user, childId, ContactBookModule.Write, ct);
        var report = await db.Set<DailyReport>().FirstOrDefaultAsync(r => r.ChildId == childId && r.Date == date, ct);
        if (report is null)
        {
            var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync(ct);
            report = new DailyReport { SchoolId = schoolId, ChildId = childId, Date = date };
            db.Add(report);
        }
        report.WrittenBy = user.DisplayName();
        report.UpdatedAt = clock.GetUtcNow();
        return report;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
