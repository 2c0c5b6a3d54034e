using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;
using DomainStudy = Sprout.Domain.Cell.StudySession;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// The periodic report to the ward Party committee, written from the records into a Party document (BC) that
/// goes through the documents workflow to be signed; once issued it can be sent, and the ward sees it.
/// </summary>
public sealed class CellReportService(SproutDbContext db, CellAccess access, CellTargets targets, DocumentService documents, TimeProvider clock)
{
    public async Task<int> CreateAsync(ClaimsPrincipal user, CellViewer viewer, ReportPeriodKind kind, int year, int number, string nextPeriod, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Lập báo cáo gửi Đảng ủy phường", ct);
        var (from, to, label) = Period(kind, year, number);
        if (await db.Set<CellReport>().AnyAsync(r => r.Period == kind && r.Year == year && r.Number == number, ct))
        {
            throw new CellRuleException($"Báo cáo {label} đã được lập: mở văn bản đã có để sửa.");
        }
        var body = CellReportBuilder.Write(await InputAsync(kind, label, from, to, nextPeriod, ct));
        var title = $"Báo cáo kết quả công tác xây dựng Đảng {label}";
        var id = await documents.CreateAsync(DocumentKind.Party, "BC", title, body, "Đảng ủy phường (để báo cáo); Lưu chi bộ", user, ct);
        db.Add(new CellReport { SchoolId = viewer.SchoolId, Period = kind, Year = year, Number = number, OutgoingDocumentId = id });
        await db.SaveChangesAsync(ct);
        return id;
    }

    public async Task SendAsync(ClaimsPrincipal user, CellViewer viewer, int reportId, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Gửi báo cáo lên Đảng ủy phường", ct);
        var report = await db.Set<CellReport>().FirstOrDefaultAsync(r => r.Id == reportId, ct) ?? throw new CellRuleException("Không tìm thấy báo cáo.");
        var status = await db.Set<OutgoingDocument>().Where(d => d.Id == report.OutgoingDocumentId).Select(d => d.Status).FirstAsync(ct);
        if (status != DocumentStatus.Issued)
        {
            await access.RefuseAsync(user, "Gửi báo cáo lên Đảng ủy phường", "Báo cáo chưa được ký số và ban hành: chưa gửi được.", ct);
        }
        report.SentAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public static (DateOnly From, DateOnly To, string Label) Period(ReportPeriodKind kind, int year, int number) => kind switch
    {
        ReportPeriodKind.Month when number is >= 1 and <= 12 =>
            (new DateOnly(year, number, 1), new DateOnly(year, number, 1).AddMonths(1).AddDays(-1), $"tháng {number} năm {year}"),
        ReportPeriodKind.Quarter when number is >= 1 and <= 4 =>
            (new DateOnly(year, number * 3 - 2, 1), new DateOnly(year, number * 3, 1).AddMonths(1).AddDays(-1), $"quý {Roman(number)} năm {year}"),
        ReportPeriodKind.Year => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"năm {year}"),
        _ => throw new CellRuleException("Kỳ báo cáo không hợp lệ: tháng từ 1 đến 12, quý từ 1 đến 4."),
    };

    private static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    private async Task<CellReportInput> InputAsync(ReportPeriodKind kind, string label, DateOnly from, DateOnly to, string nextPeriod, CancellationToken ct)
    {
        var members = await db.PartyMembers.AsNoTracking().Where(p => p.TransferredOutOn == null && p.AdmittedOn <= to).Select(p => p.Status).ToListAsync(ct);
        var meetings = await db.Set<CellMeeting>().AsNoTracking().Where(m => m.Date >= from && m.Date <= to).OrderBy(m => m.Date)
            .Select(m => new HeldMeeting(m.Date, m.Kind, m.Theme)).ToListAsync(ct);
        var marks = await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => db.Set<CellMeeting>().Any(m => m.Id == a.CellMeetingId && m.Date >= from && m.Date <= to)).Select(a => a.Mark).ToListAsync(ct);
        var studies = await db.Set<StudySession>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to).OrderBy(s => s.Date)
            .Select(s => new DomainStudy(s.Title, s.Date, s.Participants.Count(p => p.Attended), s.Participants.Count)).ToListAsync(ct);
        var steps = await db.Set<AdmissionStepRecord>().AsNoTracking().Where(s => s.Date >= from && s.Date <= to).Select(s => s.Step).ToListAsync(ct);
        var candidates = await db.Set<AdmissionCandidate>().AsNoTracking()
            .CountAsync(c => c.StoppedReason == null && !c.Steps.Any(s => s.Step == AdmissionStep.AdmissionDecision), ct);
        var inspections = await db.Set<Inspection>().AsNoTracking().Where(i => i.PlannedOn >= from && i.PlannedOn <= to).Select(i => i.Subject).ToListAsync(ct);
        var discipline = await db.Set<DisciplineRecord>().AsNoTracking().CountAsync(d => d.Date >= from && d.Date <= to, ct);
        Dictionary<EvaluationLevel, int>? evaluation = null;
        if (kind == ReportPeriodKind.Year)
        {
            evaluation = (await db.Set<MemberEvaluation>().AsNoTracking().Where(e => e.Year == from.Year && e.DecidedLevel != null).Select(e => e.DecidedLevel!.Value).ToListAsync(ct))
                .GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        }
        var figures = await targets.ComputeAsync(from.Year, to < Platform.Text.VietnameseFormat.Today(clock) ? to : Platform.Text.VietnameseFormat.Today(clock), ct);
        return new CellReportInput
        {
            PeriodKind = kind,
            PeriodLabel = label,
            TotalMembers = members.Count,
            FullMembers = members.Count(s => s == PartyMembershipStatus.Full),
            ProbationaryMembers = members.Count(s => s == PartyMembershipStatus.Probationary),
            Meetings = meetings,
            Attendance = MeetingRules.AttendanceRate(marks),
            Studies = studies,
            NewAdmissions = steps.Count(s => s == AdmissionStep.AdmissionDecision),
            RecognizedFull = steps.Count(s => s == AdmissionStep.FullMembership),
            CandidatesInPipeline = candidates,
            Evaluation = evaluation,
            Supervision = inspections.Count == 0 ? null : string.Join("; ", inspections),
            DisciplineCount = discipline,
            Targets = TargetLines(figures),
            NextPeriod = string.IsNullOrWhiteSpace(nextPeriod) ? null : nextPeriod.Trim(),
        };
    }

    private static List<TargetLine> TargetLines(CellTargetFigures f)
    {
        static string Rate(TargetFigure t) => t.Rate is { } r ? Platform.Text.VietnameseFormat.Percent(r) : "chưa có số liệu";
        static string Full(TargetFigure t) => t.Rate is null ? "Chưa có số liệu" : t.Numerator == t.Denominator ? "Đạt" : "Chưa đạt";
        return
        [
            new("T1", "Chi bộ hoàn thành xuất sắc nhiệm vụ", $"năm {f.RatingYear}: {f.CellLevel?.Name() ?? "chưa xếp loại"}", f.CellLevel == EvaluationLevel.Excellent ? "Đạt" : "Chưa đạt"),
            new("T3", "Đảng viên dự đủ sinh hoạt, học tập nghị quyết", Rate(f.FullAttendance), Full(f.FullAttendance)),
            new("T4", "Đảng viên, cán bộ quản lý được bồi dưỡng", Rate(f.Trained), Full(f.Trained)),
            new("T5", "Kết nạp đảng viên mới (từ đầu nhiệm kỳ)", $"{f.Admitted} / 3", f.Admitted >= 3 ? "Đạt" : "Chưa đạt"),
            new("T6", "Cam kết rèn luyện đạo đức", Rate(f.Committed), Full(f.Committed)),
            new("T7", "Đảng viên hoàn thành tốt nhiệm vụ trở lên", $"năm {f.RatingYear}: {Rate(f.RatedGoodOrBetter)}", Full(f.RatedGoodOrBetter) == "Đạt" && f.Disciplined == 0 ? "Đạt" : Full(f.RatedGoodOrBetter) == "Chưa có số liệu" ? "Chưa có số liệu" : "Chưa đạt"),
            new("T17", "Sinh hoạt chuyên đề mỗi quý", $"{f.ThematicQuarters.Numerator}/{f.ThematicQuarters.Denominator} quý", Full(f.ThematicQuarters)),
        ];
    }
}
