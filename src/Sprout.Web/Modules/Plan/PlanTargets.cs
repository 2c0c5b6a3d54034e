using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Plan;

public sealed record EnrolledChild(int Id, string FamilyName, string MiddleName, string GivenName, string Class, Children.Sex Sex, DateOnly DateOfBirth,
    Measurement? Latest, DateOnly? LastCheck);

/// <summary>
/// The 17 targets of one school computed from its live records. Targets no capability measures yet (T2, T11,
/// T12, T13) take the latest manual value with its evidence. Works on any school-scoped context, so the ward view
/// runs it once per school.
/// </summary>
public sealed class PlanTargets(SproutDbContext db, CellTargets cell)
{
    /// <summary>Targets a person enters by hand, with evidence, until a capability records them.</summary>
    public static readonly IReadOnlySet<string> ManualCodes = new HashSet<string>(StringComparer.Ordinal) { "T2", "T11", "T12", "T13" };

    public async Task<IReadOnlyList<TargetRow>> ComputeAsync(DateOnly today, bool recordSnapshot, CancellationToken ct)
    {
        var values = await LiveValuesAsync(today, ct);
        var manual = await LatestManualAsync(today, ct);
        foreach (var (code, entry) in manual)
        {
            values[code] = (entry.Value, Platform.Text.VietnameseFormat.Date(entry.AsOf));
        }
        var month = new DateOnly(today.Year, today.Month, 1);
        var since = month.AddMonths(-11);
        var snapshots = (await db.Set<TargetSnapshot>().AsNoTracking().Where(s => s.Month >= since && s.Month < month)
            .Select(s => new { s.Code, s.Month, s.Value }).ToListAsync(ct)).ToLookup(s => s.Code);
        if (recordSnapshot)
        {
            await RecordAsync(month, values, ct);
        }
        return TargetCatalog.All.Select(target =>
        {
            var (value, detail) = values.TryGetValue(target.Code, out var v) ? v : (null, string.Empty);
            var past = snapshots[target.Code].ToDictionary(s => s.Month, s => (double?)s.Value);
            var history = Enumerable.Range(0, 12).Select(i => since.AddMonths(i))
                .Select(m => (m, m == month ? value : past.GetValueOrDefault(m))).ToList();
            var entry = manual.TryGetValue(target.Code, out var e) ? new ManualEntry(e.Id, e.EnteredBy, e.EnteredAt, e.AsOf, e.EvidenceFileName, e.Note) : null;
            return new TargetRow(target, value, detail, entry, TargetEvaluator.Assess(target, value, today, history), history);
        }).ToList();
    }

    private async Task<Dictionary<string, (double? Value, string Detail)>> LiveValuesAsync(DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        var figures = await cell.ComputeAsync(year, today, ct);
        // The cell and its members are rated at the year's end: until then the last completed rating is the current one.
        var current = new CellRatingFigures(figures.CellLevel, figures.FourGood, figures.RatedGoodOrBetter, figures.Disciplined, false);
        var rated = figures.CellLevel is not null || await db.Set<MemberEvaluation>().AnyAsync(e => e.Year == year && e.DecidedLevel != null, ct)
            ? (Year: year, Figures: current)
            : (Year: year - 1, Figures: await cell.RatingsAsync(year - 1, new DateOnly(year - 1, 12, 31), ct));
        var result = new Dictionary<string, (double?, string)>(StringComparer.Ordinal)
        {
            ["T1"] = rated.Figures.CellLevel is { } level
                ? (level == EvaluationLevel.Excellent && rated.Figures.FourGood ? 1 : 0, $"Năm {rated.Year}: {level.Name()}" + (rated.Figures.FourGood ? ", chi bộ 4 tốt" : string.Empty))
                : (null, $"Chưa có kết quả xếp loại năm {rated.Year}"),
            ["T3"] = Percent(figures.FullAttendance),
            ["T4"] = Percent(figures.Trained),
            ["T5"] = (figures.Admitted, $"Kết nạp từ {Platform.Text.VietnameseFormat.Date(CellTargets.TermStart)}: {figures.Admitted}"),
            ["T6"] = Percent(figures.Committed),
            // "No member in violation" is part of T7: a disciplined member is not counted as rated good.
            ["T7"] = Percent(new TargetFigure(Math.Max(0, rated.Figures.RatedGoodOrBetter.Numerator - rated.Figures.Disciplined), rated.Figures.RatedGoodOrBetter.Denominator), $"Năm {rated.Year}: "),
            ["T8"] = Percent(figures.DigitalTrained),
            ["T17"] = (await ThematicThisQuarterAsync(today, ct), $"Quý {(today.Month + 2) / 3} năm {year}"),
        };
        result["T9"] = Percent(await IdentifiedRecordsAsync(ct));
        result["T10"] = Percent(await SignedDocumentsAsync(year, ct));
        var (t14, t15, t16) = await HealthAsync(today, ct);
        result["T14"] = Percent(t14);
        result["T15"] = Percent(t15);
        result["T16"] = Percent(t16);
        return result;
    }

    private static (double? Value, string Detail) Percent(TargetFigure figure, string prefix = "") =>
        (figure.Rate * 100, $"{prefix}{figure.Numerator}/{figure.Denominator}");

    private Task<int> ThematicThisQuarterAsync(DateOnly today, CancellationToken ct)
    {
        var start = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return db.Set<CellMeeting>().AsNoTracking().CountAsync(m => m.Kind == MeetingKind.Thematic && m.Date >= start && m.Date <= today, ct);
    }

    /// <summary>T9: every enrolled child's and every staff member's file is electronic; it counts once it carries its identifier.</summary>
    private async Task<TargetFigure> IdentifiedRecordsAsync(CancellationToken ct)
    {
        var children = db.Children.AsNoTracking().Where(c => c.ClassroomId != null);
        var identified = await children.CountAsync(c => c.PersonalId != null, ct) + await db.StaffMembers.CountAsync(s => s.PersonalId != null, ct);
        return new TargetFigure(identified, await children.CountAsync(ct) + await db.StaffMembers.CountAsync(ct));
    }

    private async Task<TargetFigure> SignedDocumentsAsync(int year, CancellationToken ct)
    {
        var documents = db.Set<OutgoingDocument>().AsNoTracking().Where(d => d.Year == year);
        return new TargetFigure(await documents.CountAsync(d => d.Status == DocumentStatus.Issued, ct), await documents.CountAsync(ct));
    }

    private async Task<(TargetFigure T14, TargetFigure T15, TargetFigure T16)> HealthAsync(DateOnly today, CancellationToken ct)
    {
        var children = await EnrolledAsync(today, ct);
        var t15 = HealthTargets.T15(children.Select(c => HealthService.Findings(c.Sex, c.DateOfBirth, c.Latest)));
        var t16 = HealthTargets.T16(children.Select(c => c.LastCheck), today);
        var period = await LatestDevelopmentPeriodAsync(ct);
        var assessments = period is null ? [] : await db.Set<DevelopmentAssessment>().AsNoTracking().Where(a => a.Period == period)
            .Select(a => new { a.ChildId, a.Domain, a.Achieved }).ToListAsync(ct);
        var t14 = HealthTargets.T14(assessments.GroupBy(a => a.ChildId)
            .Select(g => (IReadOnlyCollection<(DevelopmentDomain, bool)>)g.Select(a => (a.Domain, a.Achieved)).ToList()));
        return (t14, t15, t16);
    }

    /// <summary>Every enrolled child with their latest measurement and periodic check as of <paramref name="today"/> (T15, T16 and their drill-down).</summary>
    public Task<List<EnrolledChild>> EnrolledAsync(DateOnly today, CancellationToken ct) =>
        db.Children.AsNoTracking().Where(c => c.ClassroomId != null)
            .Select(c => new EnrolledChild(c.Id, c.FamilyName, c.MiddleName, c.GivenName, c.Classroom!.Name, c.Sex, c.DateOfBirth,
                db.Set<Measurement>().Where(m => m.ChildId == c.Id && m.Date <= today).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).FirstOrDefault(),
                db.Set<HealthEvent>().Where(e => e.ChildId == c.Id && e.Kind == HealthEventKind.PeriodicCheck && e.Date <= today).Max(e => (DateOnly?)e.Date)))
            .ToListAsync(ct);

    /// <summary>The assessment period most recently marked (periods are labelled "2025-2026 cuối năm", so they sort by year).</summary>
    public Task<string?> LatestDevelopmentPeriodAsync(CancellationToken ct) =>
        db.Set<DevelopmentAssessment>().AsNoTracking().OrderByDescending(a => a.Period).Select(a => a.Period).FirstOrDefaultAsync(ct);

    private async Task<Dictionary<string, TargetManualValue>> LatestManualAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await db.Set<TargetManualValue>().AsNoTracking().Where(v => v.AsOf <= today)
            .Select(v => new { v.Id, v.Code, v.Value, v.AsOf, v.Note, v.EvidenceFileName, v.EvidenceContentType, v.EnteredBy, v.EnteredAt })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Code).Select(g => g.OrderByDescending(r => r.EnteredAt).ThenByDescending(r => r.Id).First())
            .ToDictionary(r => r.Code, r => new TargetManualValue
            {
                Id = r.Id, Code = r.Code, Value = r.Value, AsOf = r.AsOf, Note = r.Note, EvidenceFileName = r.EvidenceFileName,
                EvidenceContentType = r.EvidenceContentType, Evidence = [], EnteredBy = r.EnteredBy, EnteredAt = r.EnteredAt,
            }, StringComparer.Ordinal);
    }

    /// <summary>Keeps this month's value for the trend; the last computation of a month is the month's value.</summary>
    private async Task RecordAsync(DateOnly month, Dictionary<string, (double? Value, string Detail)> values, CancellationToken ct)
    {
        var existing = await db.Set<TargetSnapshot>().Where(s => s.Month == month).ToListAsync(ct);
        var schoolId = db.Scope.SchoolId ?? throw new InvalidOperationException("Snapshots are recorded for one school.");
        foreach (var (code, (value, _)) in values)
        {
            if (value is not { } v || double.IsNaN(v))
            {
                continue;
            }
            var row = existing.FirstOrDefault(s => s.Code == code);
            if (row is null)
            {
                db.Add(new TargetSnapshot { SchoolId = schoolId, Code = code, Month = month, Value = v });
            }
            else
            {
                row.Value = v;
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two dashboards opened at the same moment both inserted this month's row; either value is the month's.
            db.ChangeTracker.Clear();
        }
    }
}
