using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Cell;

public sealed record MemberForm(string CardNumber, DateOnly AdmittedOn, DateOnly? FullMembershipOn, PartyMembershipStatus Status,
    string CellPosition, DateOnly? TransferredInOn, string? TransferredInFrom, DateOnly? TransferredOutOn, string? TransferredOutTo);

/// <summary>The registry, study sessions, commitments, inspections, discipline and the cell's own rating.</summary>
public sealed class CellRecordsService(SproutDbContext db, CellAccess access, TimeProvider clock)
{
    public async Task SaveMemberAsync(ClaimsPrincipal user, CellViewer viewer, int memberId, MemberForm form, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Sửa hồ sơ đảng viên", ct);
        var member = await db.PartyMembers.FirstOrDefaultAsync(p => p.Id == memberId, ct) ?? throw new CellRuleException("Không tìm thấy đảng viên.");
        if (form.Status == PartyMembershipStatus.Full && form.FullMembershipOn is null)
        {
            throw new CellRuleException("Đảng viên chính thức cần có ngày được công nhận chính thức.");
        }
        if (form.FullMembershipOn is { } full && full < form.AdmittedOn)
        {
            throw new CellRuleException("Ngày công nhận chính thức không thể trước ngày vào Đảng.");
        }
        if (form.TransferredOutOn is not null && string.IsNullOrWhiteSpace(form.TransferredOutTo))
        {
            throw new CellRuleException("Chuyển sinh hoạt đi: vui lòng ghi nơi chuyển đến.");
        }
        member.CardNumber = form.CardNumber.Trim();
        member.AdmittedOn = form.AdmittedOn;
        member.FullMembershipOn = form.FullMembershipOn;
        member.Status = form.Status;
        member.CellPosition = form.CellPosition.Trim();
        member.TransferredInOn = form.TransferredInOn;
        member.TransferredInFrom = Clean(form.TransferredInFrom);
        member.TransferredOutOn = form.TransferredOutOn;
        member.TransferredOutTo = Clean(form.TransferredOutTo);
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> CreateStudyAsync(ClaimsPrincipal user, CellViewer viewer, DateOnly date, string title, string summary, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Tổ chức học tập nghị quyết", ct);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new CellRuleException("Vui lòng nhập tên nghị quyết, chỉ thị được học tập.");
        }
        var session = new StudySession { SchoolId = viewer.SchoolId, Date = date, Title = title.Trim(), Summary = summary.Trim() };
        var members = await db.PartyMembers.Where(p => p.TransferredOutOn == null).Select(p => p.Id).ToListAsync(ct);
        session.Participants.AddRange(members.Select(m => new StudyParticipation { SchoolId = viewer.SchoolId, PartyMemberId = m }));
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task SaveStudyAttendanceAsync(ClaimsPrincipal user, CellViewer viewer, int sessionId, IReadOnlySet<int> attended, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Điểm danh học tập nghị quyết", ct);
        var rows = await db.Set<StudyParticipation>().Where(p => p.StudySessionId == sessionId).ToListAsync(ct);
        foreach (var row in rows)
        {
            row.Attended = attended.Contains(row.PartyMemberId);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A member writes their own reflection (bài thu hoạch); nobody writes it for them.</summary>
    public async Task SaveReflectionAsync(CellViewer viewer, int sessionId, string text, CancellationToken ct)
    {
        var row = await db.Set<StudyParticipation>().FirstOrDefaultAsync(p => p.StudySessionId == sessionId && p.PartyMemberId == viewer.MemberId, ct)
            ?? throw new CellRuleException("Đồng chí không có trong danh sách học tập của buổi này.");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CellRuleException("Vui lòng viết bài thu hoạch trước khi gửi.");
        }
        row.Reflection = text.Trim();
        row.ReflectionAt = clock.GetUtcNow();
        row.Attended = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveCommitmentAsync(CellViewer viewer, int year, string commitment, string exemplaryDeed, string innovation, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(commitment) || string.IsNullOrWhiteSpace(exemplaryDeed) || string.IsNullOrWhiteSpace(innovation))
        {
            throw new CellRuleException("Vui lòng ghi đủ nội dung cam kết, một việc làm nêu gương và một việc đổi mới sáng tạo.");
        }
        var row = await db.Set<MemberCommitment>().FirstOrDefaultAsync(c => c.PartyMemberId == viewer.MemberId && c.Year == year, ct);
        if (row is { SelfReport: not null })
        {
            throw new CellRuleException("Đồng chí đã báo cáo kết quả thực hiện: bản cam kết năm này không sửa được nữa.");
        }
        if (row is null)
        {
            row = new MemberCommitment { SchoolId = viewer.SchoolId, PartyMemberId = viewer.MemberId, Year = year, Commitment = "", ExemplaryDeed = "", Innovation = "" };
            db.Add(row);
        }
        (row.Commitment, row.ExemplaryDeed, row.Innovation) = (commitment.Trim(), exemplaryDeed.Trim(), innovation.Trim());
        row.SignedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveSelfReportAsync(CellViewer viewer, int year, string report, CancellationToken ct)
    {
        var row = await db.Set<MemberCommitment>().FirstOrDefaultAsync(c => c.PartyMemberId == viewer.MemberId && c.Year == year, ct)
            ?? throw new CellRuleException("Đồng chí chưa có bản cam kết năm này: hãy đăng ký cam kết trước.");
        if (string.IsNullOrWhiteSpace(report))
        {
            throw new CellRuleException("Vui lòng viết báo cáo kết quả thực hiện cam kết.");
        }
        row.SelfReport = report.Trim();
        row.SelfReportAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task AddInspectionAsync(ClaimsPrincipal user, CellViewer viewer, Inspection inspection, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Kiểm tra, giám sát", ct);
        if (string.IsNullOrWhiteSpace(inspection.Subject))
        {
            throw new CellRuleException("Vui lòng nhập nội dung kiểm tra, giám sát.");
        }
        inspection.SchoolId = viewer.SchoolId;
        db.Add(inspection);
        await db.SaveChangesAsync(ct);
    }

    public async Task ConcludeInspectionAsync(ClaimsPrincipal user, CellViewer viewer, int id, string findings, string conclusion, DateOnly on, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Kết luận kiểm tra, giám sát", ct);
        var inspection = await db.Set<Inspection>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new CellRuleException("Không tìm thấy cuộc kiểm tra.");
        if (string.IsNullOrWhiteSpace(conclusion))
        {
            throw new CellRuleException("Vui lòng ghi kết luận.");
        }
        (inspection.Findings, inspection.Conclusion, inspection.ConcludedOn) = (findings.Trim(), conclusion.Trim(), on);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddDisciplineAsync(ClaimsPrincipal user, CellViewer viewer, DisciplineRecord record, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Ghi kỷ luật đảng viên", ct);
        if (string.IsNullOrWhiteSpace(record.Form) || string.IsNullOrWhiteSpace(record.Reason))
        {
            throw new CellRuleException("Vui lòng ghi hình thức và lý do kỷ luật.");
        }
        record.SchoolId = viewer.SchoolId;
        db.Add(record);
        await db.SaveChangesAsync(ct);
    }

    public async Task SaveCellRatingAsync(ClaimsPrincipal user, CellViewer viewer, int year, EvaluationLevel level, bool fourGood, string decision, bool makePublic, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Ghi kết quả xếp loại chi bộ", ct);
        var row = await db.Set<CellRating>().FirstOrDefaultAsync(r => r.Year == year, ct);
        if (row is null)
        {
            row = new CellRating { SchoolId = viewer.SchoolId, Year = year, RecordedBy = user.DisplayName() };
            db.Add(row);
        }
        (row.Level, row.FourGood, row.Decision, row.RecordedBy, row.Public) = (level, fourGood, decision.Trim(), user.DisplayName(), makePublic);
        await db.SaveChangesAsync(ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
