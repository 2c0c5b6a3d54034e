using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Cell;

public sealed record MeetingPlan(MeetingKind Kind, DateOnly Date, TimeOnly StartTime, string Place, string? Theme, string Agenda);

public sealed record MinutesDraft(int? ChairMemberId, int? SecretaryMemberId, TimeOnly? EndTime, string Assessment, string Directions,
    string Discussion, string Conclusion, int VotesFor, int VotesAgainst, int VotesAbstain);

/// <summary>Meetings from invitation to signed minutes.</summary>
public sealed class CellMeetingService(SproutDbContext db, CellAccess access, DocumentService documents, SigningKeyStore keys,
    NotificationOutbox outbox, TimeProvider clock)
{
    /// <summary>The secretary's stamp goes lower left of the last page, opposite the chair's.</summary>
    private static readonly SignatureAppearance SecretaryStamp = new(SignaturePage.Last, 85, 60) { Caption = "Thư ký" };

    public async Task<int> PlanAsync(ClaimsPrincipal user, CellViewer viewer, MeetingPlan plan, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Lên lịch sinh hoạt chi bộ", ct);
        if (plan.Kind == MeetingKind.Thematic && string.IsNullOrWhiteSpace(plan.Theme))
        {
            throw new CellRuleException("Buổi sinh hoạt chuyên đề cần có tên chuyên đề.");
        }
        if (string.IsNullOrWhiteSpace(plan.Place))
        {
            throw new CellRuleException("Vui lòng nhập địa điểm sinh hoạt.");
        }
        var meeting = new CellMeeting
        {
            SchoolId = viewer.SchoolId, Kind = plan.Kind, Date = plan.Date, StartTime = plan.StartTime, Place = plan.Place.Trim(),
            Theme = string.IsNullOrWhiteSpace(plan.Theme) ? null : plan.Theme.Trim(), Agenda = plan.Agenda.Trim(), Stage = MeetingStage.Planned,
        };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);

        await MeetingNotices.NotifyMembersAsync(db, outbox, viewer.SchoolId, meeting, "Giấy mời sinh hoạt chi bộ", "Mời đồng chí dự", ct);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }

    /// <summary>A reminder (nhắc lịch) to every active member, sent by the committee before a planned meeting.</summary>
    public async Task RemindAsync(ClaimsPrincipal user, CellViewer viewer, int meetingId, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Nhắc lịch sinh hoạt chi bộ", ct);
        var meeting = await db.Set<CellMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new CellRuleException("Không tìm thấy buổi sinh hoạt.");
        var today = Platform.Text.VietnameseFormat.Today(clock);
        if (meeting.Stage != MeetingStage.Planned || meeting.Date < today)
        {
            throw new CellRuleException("Chỉ nhắc lịch cho buổi sinh hoạt chưa diễn ra.");
        }
        await MeetingNotices.RemindAsync(db, outbox, meeting, today, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveAttendanceAsync(ClaimsPrincipal user, CellViewer viewer, int meetingId, IReadOnlyDictionary<int, (AttendanceMark Mark, string? Reason)> marks, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Điểm danh sinh hoạt chi bộ", ct);
        var meeting = await LoadEditableAsync(meetingId, ct);
        var members = await db.PartyMembers.Where(p => p.TransferredOutOn == null).Select(p => p.Id).ToListAsync(ct);
        foreach (var (memberId, (mark, reason)) in marks)
        {
            if (!members.Contains(memberId))
            {
                continue;
            }
            if (mark == AttendanceMark.AbsentExcused && string.IsNullOrWhiteSpace(reason))
            {
                throw new CellRuleException("Vắng có lý do: vui lòng ghi lý do vắng.");
            }
            var row = meeting.Attendance.FirstOrDefault(a => a.PartyMemberId == memberId);
            if (row is null)
            {
                row = new MeetingAttendance { SchoolId = meeting.SchoolId, CellMeetingId = meeting.Id, PartyMemberId = memberId };
                meeting.Attendance.Add(row);
            }
            row.Mark = mark;
            row.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        }
        if (meeting.Stage == MeetingStage.Planned)
        {
            meeting.Stage = MeetingStage.Held;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveMinutesAsync(ClaimsPrincipal user, CellViewer viewer, int meetingId, MinutesDraft draft, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Soạn biên bản sinh hoạt chi bộ", ct);
        var meeting = await LoadEditableAsync(meetingId, ct);
        if (draft.VotesFor < 0 || draft.VotesAgainst < 0 || draft.VotesAbstain < 0)
        {
            throw new CellRuleException("Số phiếu biểu quyết không được âm.");
        }
        meeting.ChairMemberId = draft.ChairMemberId;
        meeting.SecretaryMemberId = draft.SecretaryMemberId;
        meeting.EndTime = draft.EndTime;
        meeting.Assessment = draft.Assessment.Trim();
        meeting.Directions = draft.Directions.Trim();
        meeting.Discussion = draft.Discussion.Trim();
        meeting.Conclusion = draft.Conclusion.Trim();
        (meeting.VotesFor, meeting.VotesAgainst, meeting.VotesAbstain) = (draft.VotesFor, draft.VotesAgainst, draft.VotesAbstain);
        if (meeting.Stage == MeetingStage.Planned)
        {
            meeting.Stage = MeetingStage.Held;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Turns the drafted minutes into a Party document (biên bản) to be signed by the secretary and the chair.</summary>
    public async Task<int> ToDocumentAsync(ClaimsPrincipal user, CellViewer viewer, int meetingId, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Chuyển biên bản sang ký số", ct);
        var meeting = await LoadEditableAsync(meetingId, ct);
        var names = await access.MemberNamesAsync(ct);
        var body = CellMinutes.Markdown(meeting, names);
        var title = meeting.Kind == MeetingKind.Thematic
            ? $"Sinh hoạt chuyên đề: {meeting.Theme}"
            : $"Sinh hoạt chi bộ thường kỳ tháng {meeting.Date.Month} năm {meeting.Date.Year}";
        var id = await documents.CreateAsync(DocumentKind.Party, "BB", title, body, "Lưu hồ sơ chi bộ (mật)", user, ct);
        var document = await db.Set<OutgoingDocument>().FirstAsync(d => d.Id == id, ct);
        // The minutes were read out and adopted in the meeting: they go straight to signing.
        document.Status = DocumentStatus.Approved;
        meeting.MinutesDocumentId = id;
        meeting.Stage = MeetingStage.Minuted;
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>The secretary signs first, then the chair; the chair's signature completes and archives the minutes.</summary>
    public async Task SignMinutesAsync(ClaimsPrincipal user, CellViewer viewer, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Set<CellMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new CellRuleException("Không tìm thấy buổi sinh hoạt.");
        if (meeting.MinutesDocumentId is not { } documentId)
        {
            throw new CellRuleException("Biên bản chưa được chuyển sang ký số.");
        }
        var document = await db.Set<OutgoingDocument>().FirstAsync(d => d.Id == documentId, ct);
        var school = await db.Schools.AsNoTracking().Include(s => s.Ward).FirstAsync(s => s.Id == document.SchoolId, ct);
        var names = await access.MemberNamesAsync(ct);
        if (document.Status == DocumentStatus.Approved)
        {
            if (meeting.SecretaryMemberId != viewer.MemberId)
            {
                await access.RefuseAsync(user, $"Ký biên bản {document.Title}", "Thư ký cuộc họp ký biên bản trước, sau đó đến chủ trì.", ct);
            }
            await documents.AllocateNumberAsync(document, ct);
            document.IssuedOn = Platform.Text.VietnameseFormat.Today(clock);
            document.SignerName = names.GetValueOrDefault(meeting.ChairMemberId ?? 0, string.Empty);
            document.SignerPosition = "CHỦ TRÌ";
            var rendered = OfficialPdfRenderer.RenderWithLayout(DocumentService.ToOfficial(document, school));
            using var certificate = await keys.GetOrIssueAsync(document.SchoolId, $"user:{user.UserId()}", viewer.Name, school.Name, ct);
            document.SignedPdf = PdfSigner.Sign(rendered.Pdf, certificate, SecretaryStamp, clock.GetUtcNow());
            document.Status = DocumentStatus.SignedByApprover;
            AddComment(document, "Thư ký đã ký số biên bản.", viewer.Name);
        }
        else if (document.Status == DocumentStatus.SignedByApprover)
        {
            if (meeting.ChairMemberId != viewer.MemberId)
            {
                await access.RefuseAsync(user, $"Ký biên bản {document.Title}", "Chỉ đồng chí chủ trì cuộc họp ký tiếp biên bản này.", ct);
            }
            var layout = OfficialPdfRenderer.RenderWithLayout(DocumentService.ToOfficial(document, school));
            using var certificate = await keys.GetOrIssueAsync(document.SchoolId, $"user:{user.UserId()}", viewer.Name, school.Name, ct);
            document.SignedPdf = PdfSigner.Sign(document.SignedPdf!, certificate, layout.SignerStamp ?? SignatureAppearance.Signer, clock.GetUtcNow());
            document.Status = DocumentStatus.Issued;
            AddComment(document, "Chủ trì đã ký số; biên bản được lưu trữ mật.", viewer.Name);
        }
        else
        {
            throw new CellRuleException("Biên bản đã được ký đủ.");
        }
        await db.SaveChangesAsync(ct);
    }

    private void AddComment(OutgoingDocument document, string text, string by) =>
        db.Add(new DocumentComment { SchoolId = document.SchoolId, OutgoingDocumentId = document.Id, Step = document.Status, Text = text, By = by, At = clock.GetUtcNow() });

    private async Task<CellMeeting> LoadEditableAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await db.Set<CellMeeting>().Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == meetingId, ct)
            ?? throw new CellRuleException("Không tìm thấy buổi sinh hoạt.");
        if (meeting.Stage == MeetingStage.Minuted)
        {
            throw new CellRuleException("Biên bản đã chuyển sang ký số: không sửa được nữa.");
        }
        return meeting;
    }
}
