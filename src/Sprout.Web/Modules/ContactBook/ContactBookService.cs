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
public sealed class ContactBookService(SproutDbContext db, ChildAccess access, TimeProvider clock)
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
        await db.SaveChangesAsync(ct);
    }

    public async Task AddPhotoAsync(int childId, DateOnly date, byte[] upload, ClaimsPrincipal user, CancellationToken ct)
    {
        var photo = PhotoSanitizer.Sanitize(upload);
        var report = await ReportForWritingAsync(childId, date, user, ct);
        db.Add(new ChildPhoto { SchoolId = report.SchoolId, DailyReport = report, ChildId = childId, Jpeg = photo.Jpeg, Width = photo.Width, Height = photo.Height, UploadedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]?> PhotoAsync(int photoId, ClaimsPrincipal user, CancellationToken ct)
    {
        var photo = await db.Set<ChildPhoto>().AsNoTracking().Where(p => p.Id == photoId).Select(p => new { p.ChildId, p.Jpeg }).FirstOrDefaultAsync(ct);
        return photo is not null && await MaySeeAsync(photo.ChildId, user, ct) ? photo.Jpeg : null;
    }

    /// <summary>The thread, oldest first; opening it marks the other side's messages as read.</summary>
    public async Task<IReadOnlyList<ContactMessage>?> ThreadAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        var capacity = await access.CapacityAsync(user, childId, ContactBookModule.Read, ct);
        if (capacity == AccessCapacity.None)
        {
            return null;
        }
        var fromSchool = capacity != AccessCapacity.Guardian;
        await db.Set<ContactMessage>().Where(m => m.ChildId == childId && m.FromSchool != fromSchool && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, clock.GetUtcNow()), ct);
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
        var capacity = await access.CapacityAsync(user, childId, ContactBookModule.Read, ct);
        var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync(ct);
        db.Add(new ContactMessage
        {
            SchoolId = schoolId, ChildId = childId, FromSchool = capacity != AccessCapacity.Guardian, AuthorUserId = user.UserId() ?? 0,
            AuthorName = user.DisplayName(), Body = body.Trim(), SentAt = clock.GetUtcNow(),
        });
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
