using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Cell;

/// <summary>Invitations and reminders of cell meetings, for the committee's buttons and for the automatic reminder alike.</summary>
public static class MeetingNotices
{
    public const string ReminderTitle = "Nhắc lịch sinh hoạt chi bộ";

    /// <summary>The invitation or reminder goes to every active member with an account, with a link to the meeting.</summary>
    public static async Task NotifyMembersAsync(SproutDbContext db, NotificationOutbox outbox, int schoolId, CellMeeting meeting, string title, string lead, CancellationToken ct,
        NotificationKind? kind = null)
    {
        var recipients = await db.PartyMembers.Where(p => p.SchoolId == schoolId && p.TransferredOutOn == null && p.StaffMember!.UserId != null)
            .Select(p => new NotificationRecipient(p.StaffMember!.UserId, p.StaffMember.Email, null)).ToListAsync(ct);
        var what = meeting.Kind == MeetingKind.Thematic ? $"sinh hoạt chuyên đề \"{meeting.Theme}\"" : "sinh hoạt chi bộ thường kỳ";
        var body = $"{lead} {what} lúc {meeting.StartTime:HH\\:mm} ngày {Platform.Text.VietnameseFormat.Date(meeting.Date)} tại {meeting.Place}.";
        if (kind is not null)
        {
            // A kind lets each member choose how the reminder reaches them (and holds it through their quiet hours).
            await outbox.EnqueueAsync(db, schoolId, kind, recipients.Select(r => r.UserId!.Value), title, body, $"/chi-bo/sinh-hoat/{meeting.Id}", ct);
            return;
        }
        outbox.Enqueue(db, schoolId, recipients, title, body, $"/chi-bo/sinh-hoat/{meeting.Id}");
    }

    /// <summary>Queues the reminder and records the day; the caller saves both in one transaction.</summary>
    public static async Task RemindAsync(SproutDbContext db, NotificationOutbox outbox, CellMeeting meeting, DateOnly today, CancellationToken ct)
    {
        await NotifyMembersAsync(db, outbox, meeting.SchoolId, meeting, ReminderTitle, "Nhắc đồng chí dự", ct, NotificationKind.MeetingTomorrow);
        meeting.RemindedOn = today;
    }
}
