using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Health;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Health;

/// <summary>
/// Tells the child's class teachers and the school's nurses about medicine a family sent (kind
/// <see cref="NotificationKind.MedicineDue"/>): once when the family sends it, then before each dose
/// (<see cref="MedicineSchedule"/>). Queued on the caller's context, saved with the caller's change.
/// </summary>
public static class MedicineNotices
{
    public const string SentTitle = "Phụ huynh gửi thuốc cho trẻ";
    public const string DueTitle = "Đến giờ cho trẻ uống thuốc";

    public static int MinuteOfDay(DateTimeOffset at)
    {
        var local = at.ToOffset(Platform.Text.VietnameseFormat.VietnamOffset);
        return local.Hour * 60 + local.Minute;
    }

    public static async Task<int> EnqueueAsync(SproutDbContext db, NotificationOutbox outbox, MedicineRequest request, string title, string lead, CancellationToken ct)
    {
        var child = await db.Children.Where(c => c.Id == request.ChildId)
            .Select(c => new { Name = new PersonName(c.FamilyName, c.MiddleName, c.GivenName), ClassName = c.Classroom != null ? c.Classroom.Name : null })
            .FirstAsync(ct);
        var staff = await NotificationAudience.ChildTeachersAsync(db, request.ChildId, ct);
        staff.AddRange(await NotificationAudience.HoldersOfAsync(db, request.SchoolId, [Roles.Nurse], ct));
        var who = child.ClassName is null ? child.Name.FullName : $"{child.Name.FullName} ({child.ClassName})";
        return await outbox.EnqueueAsync(db, request.SchoolId, NotificationKind.MedicineDue, staff, title,
            $"{lead} {who}: {request.Medicine}, {request.Dose}, {request.Times}.", $"/suc-khoe/tre/{request.ChildId}", ct);
    }
}
