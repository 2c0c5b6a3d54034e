using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Text;

namespace Sprout.Web.Modules.Plan;

/// <summary>One record behind a figure: who or what still keeps the target from being met.</summary>
public sealed record DrillRow(string Name, string Detail, string? Link = null);

/// <summary>The records behind each live figure: the people or files that do not meet the target yet.</summary>
public sealed class TargetDrillDown(SproutDbContext db, PlanTargets targets)
{
    /// <summary>Targets whose records name Party members; only the cell's members see them.</summary>
    public static readonly IReadOnlySet<string> Confidential = new HashSet<string>(StringComparer.Ordinal) { "T3", "T5", "T7" };

    public async Task<IReadOnlyList<DrillRow>> RowsAsync(string code, DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        return code switch
        {
            "T3" => await MembersAsync(await MissedMeetingsAsync(year, ct), ct),
            "T4" => await NotTrainedAsync([TrainingTopic.PoliticalTheory, TrainingTopic.Ethics, TrainingTopic.Leadership], membersAndManagersOnly: true, year, ct),
            "T5" => await AdmittedAsync(ct),
            "T6" => await WithoutCommitmentAsync(year, ct),
            "T7" => await NotRatedGoodAsync(year, ct),
            "T8" => await NotTrainedAsync([TrainingTopic.DigitalAndAi], membersAndManagersOnly: false, year, ct),
            "T9" => await WithoutIdentifierAsync(ct),
            "T10" => await UnsignedDocumentsAsync(year, ct),
            "T14" => await NotFullyDevelopedAsync(ct),
            "T15" => await MalnourishedOrObeseAsync(today, ct),
            "T16" => await CheckOverdueAsync(today, ct),
            "T17" => await QuartersAsync(year, today, ct),
            _ => [],
        };
    }

    private async Task<Dictionary<int, string>> MissedMeetingsAsync(int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var missed = await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => a.Mark != AttendanceMark.Present && db.Set<CellMeeting>().Any(m => m.Id == a.CellMeetingId && m.Date >= from && m.Date <= to))
            .GroupBy(a => a.PartyMemberId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var study = await db.Set<StudyParticipation>().AsNoTracking()
            .Where(p => !p.Attended && db.Set<Cell.StudySession>().Any(s => s.Id == p.StudySessionId && s.Date >= from && s.Date <= to))
            .GroupBy(p => p.PartyMemberId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var result = missed.ToDictionary(m => m.Key, m => $"Vắng {m.Count} buổi sinh hoạt");
        foreach (var s in study)
        {
            result[s.Key] = (result.TryGetValue(s.Key, out var d) ? d + "; " : string.Empty) + $"vắng {s.Count} buổi học tập nghị quyết";
        }
        return result;
    }

    private async Task<List<DrillRow>> MembersAsync(Dictionary<int, string> details, CancellationToken ct)
    {
        var ids = details.Keys.ToList();
        var members = await db.PartyMembers.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.StaffMember!.FamilyName, p.StaffMember.MiddleName, p.StaffMember.GivenName }).ToListAsync(ct);
        return members.OrderBy(m => new PersonName(m.FamilyName, m.MiddleName, m.GivenName), VietnameseNameComparer.Instance)
            .Select(m => new DrillRow(Join(m.FamilyName, m.MiddleName, m.GivenName), details[m.Id], $"/chi-bo/dang-vien/{m.Id}")).ToList();
    }

    private async Task<List<DrillRow>> NotTrainedAsync(TrainingTopic[] topics, bool membersAndManagersOnly, int year, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var trained = db.Set<StaffTraining>().Where(t => topics.Contains(t.Topic) && t.CompletedOn >= CellTargets.TermStart && t.CompletedOn <= end).Select(t => t.StaffMemberId);
        var staff = db.StaffMembers.AsNoTracking().Where(s => !trained.Contains(s.Id));
        if (membersAndManagersOnly)
        {
            staff = staff.Where(s => db.PartyMembers.Any(p => p.StaffMemberId == s.Id && p.TransferredOutOn == null)
                || s.Position.StartsWith("Hiệu trưởng") || s.Position.StartsWith("Phó hiệu trưởng") || s.Position.StartsWith("Tổ trưởng"));
        }
        return Staff(await staff.Select(s => new StaffName(s.FamilyName, s.MiddleName, s.GivenName, s.Position)).ToListAsync(ct), "Chưa có chứng nhận bồi dưỡng");
    }

    private async Task<List<DrillRow>> WithoutCommitmentAsync(int year, CancellationToken ct)
    {
        var signed = db.Set<EthicsCommitment>().Where(c => c.Year == year).Select(c => c.StaffMemberId);
        var rows = await db.StaffMembers.AsNoTracking().Where(s => !signed.Contains(s.Id))
            .Select(s => new StaffName(s.FamilyName, s.MiddleName, s.GivenName, s.Position)).ToListAsync(ct);
        return Staff(rows, $"Chưa ký cam kết năm {year}");
    }

    private async Task<List<DrillRow>> NotRatedGoodAsync(int year, CancellationToken ct)
    {
        var good = await db.Set<MemberEvaluation>().AsNoTracking()
            .Where(e => e.Year == year && (e.DecidedLevel == EvaluationLevel.Excellent || e.DecidedLevel == EvaluationLevel.Good))
            .Select(e => e.PartyMemberId).ToListAsync(ct);
        var disciplined = await db.Set<DisciplineRecord>().AsNoTracking().Where(d => d.Date.Year == year).Select(d => d.PartyMemberId).ToListAsync(ct);
        var members = await db.PartyMembers.AsNoTracking().Where(p => p.TransferredOutOn == null).Select(p => p.Id).ToListAsync(ct);
        var details = members.Where(m => !good.Contains(m) || disciplined.Contains(m))
            .ToDictionary(m => m, m => disciplined.Contains(m) ? "Có quyết định kỷ luật trong năm" : $"Chưa được xếp loại hoàn thành tốt nhiệm vụ trở lên năm {year}");
        return await MembersAsync(details, ct);
    }

    private async Task<List<DrillRow>> AdmittedAsync(CancellationToken ct)
    {
        var rows = await db.Set<AdmissionStepRecord>().AsNoTracking()
            .Where(s => s.Step == AdmissionStep.AdmissionDecision && s.Date >= CellTargets.TermStart)
            .Join(db.Set<AdmissionCandidate>(), s => s.AdmissionCandidateId, c => c.Id, (s, c) => new { c.Id, s.Date, c.StaffMemberId })
            .Join(db.StaffMembers, x => x.StaffMemberId, s => s.Id, (x, s) => new { x.Id, x.Date, s.FamilyName, s.MiddleName, s.GivenName })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Date).Select(r => new DrillRow(Join(r.FamilyName, r.MiddleName, r.GivenName),
            $"Quyết định kết nạp ngày {VietnameseFormat.Date(r.Date)}", $"/chi-bo/ket-nap/{r.Id}")).ToList();
    }

    private async Task<List<DrillRow>> WithoutIdentifierAsync(CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId != null && c.PersonalId == null)
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName, Class = c.Classroom!.Name }).ToListAsync(ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.PersonalId == null)
            .Select(s => new StaffName(s.FamilyName, s.MiddleName, s.GivenName, s.Position)).ToListAsync(ct);
        return children.OrderBy(c => new PersonName(c.FamilyName, c.MiddleName, c.GivenName), VietnameseNameComparer.Instance)
            .Select(c => new DrillRow(Join(c.FamilyName, c.MiddleName, c.GivenName), $"Trẻ lớp {c.Class}: chưa có số định danh cá nhân", $"/tre/{c.Id}"))
            .Concat(Staff(staff, "Chưa có số định danh cá nhân")).ToList();
    }

    private async Task<List<DrillRow>> UnsignedDocumentsAsync(int year, CancellationToken ct)
    {
        var rows = await db.Set<OutgoingDocument>().AsNoTracking().Where(d => d.Year == year && d.Status != DocumentStatus.Issued)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Title, d.Status }).ToListAsync(ct);
        return rows.Select(d => new DrillRow(d.Title, DocumentService.StatusName(d.Status), $"/van-ban/{d.Id}")).ToList();
    }

    private async Task<List<DrillRow>> NotFullyDevelopedAsync(CancellationToken ct)
    {
        if (await targets.LatestDevelopmentPeriodAsync(ct) is not { } period)
        {
            return [];
        }
        var domains = Enum.GetValues<DevelopmentDomain>().Length;
        var rows = await db.Set<DevelopmentAssessment>().AsNoTracking().Where(a => a.Period == period)
            .GroupBy(a => a.ChildId).Select(g => new { ChildId = g.Key, Achieved = g.Count(a => a.Achieved) }).Where(g => g.Achieved < domains)
            .Join(db.Children, g => g.ChildId, c => c.Id, (g, c) => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName, Class = c.Classroom!.Name, g.Achieved })
            .ToListAsync(ct);
        return rows.OrderBy(c => new PersonName(c.FamilyName, c.MiddleName, c.GivenName), VietnameseNameComparer.Instance)
            .Select(c => new DrillRow(Join(c.FamilyName, c.MiddleName, c.GivenName), $"Lớp {c.Class}: đạt {c.Achieved}/{domains} lĩnh vực ({period})", $"/suc-khoe/tre/{c.Id}")).ToList();
    }

    private async Task<List<DrillRow>> MalnourishedOrObeseAsync(DateOnly today, CancellationToken ct)
    {
        var children = await targets.EnrolledAsync(today, ct);
        return children.Select(c => (Child: c, Findings: HealthService.Findings(c.Sex, c.DateOfBirth, c.Latest)))
            .Where(x => x.Findings is { } f && (f & (HealthTargets.Malnourished | Sprout.Domain.Growth.NutritionFindings.Obese)) != 0)
            .OrderBy(x => new PersonName(x.Child.FamilyName, x.Child.MiddleName, x.Child.GivenName), VietnameseNameComparer.Instance)
            .Select(x => new DrillRow(Join(x.Child.FamilyName, x.Child.MiddleName, x.Child.GivenName),
                $"Lớp {x.Child.Class}: {string.Join(", ", Sprout.Domain.Growth.NutritionStatus.Describe(x.Findings!.Value))}", $"/suc-khoe/tre/{x.Child.Id}")).ToList();
    }

    private async Task<List<DrillRow>> CheckOverdueAsync(DateOnly today, CancellationToken ct)
    {
        var since = today.AddMonths(-6);
        var rows = await db.Children.AsNoTracking().Where(c => c.ClassroomId != null
                && !db.Set<HealthEvent>().Any(e => e.ChildId == c.Id && e.Kind == HealthEventKind.PeriodicCheck && e.Date >= since))
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName, Class = c.Classroom!.Name }).ToListAsync(ct);
        return rows.OrderBy(c => new PersonName(c.FamilyName, c.MiddleName, c.GivenName), VietnameseNameComparer.Instance)
            .Select(c => new DrillRow(Join(c.FamilyName, c.MiddleName, c.GivenName), $"Lớp {c.Class}: chưa khám sức khỏe định kỳ từ {VietnameseFormat.Date(since)}", $"/suc-khoe/tre/{c.Id}")).ToList();
    }

    private async Task<List<DrillRow>> QuartersAsync(int year, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var dates = await db.Set<CellMeeting>().AsNoTracking().Where(m => m.Kind == MeetingKind.Thematic && m.Date >= from && m.Date <= to)
            .Select(m => m.Date).ToListAsync(ct);
        var current = (today.Month + 2) / 3;
        return Enumerable.Range(1, today.Year == year ? current : 4)
            .Select(q => new DrillRow($"Quý {q} năm {year}", $"{dates.Count(d => (d.Month + 2) / 3 == q)} buổi sinh hoạt chuyên đề", "/chi-bo/sinh-hoat")).ToList();
    }

    private sealed record StaffName(string FamilyName, string MiddleName, string GivenName, string Position);

    private static List<DrillRow> Staff(IEnumerable<StaffName> staff, string detail) =>
        staff.OrderBy(s => new PersonName(s.FamilyName, s.MiddleName, s.GivenName), VietnameseNameComparer.Instance)
            .Select(s => new DrillRow(Join(s.FamilyName, s.MiddleName, s.GivenName), $"{s.Position}: {detail.ToLowerInvariant()[..1]}{detail[1..]}")).ToList();

    private static string Join(string family, string middle, string given) => new PersonName(family, middle, given).FullName;
}
