using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Plan;

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
        // Each capability computes its own targets once; its page shows the same readouts (issue 14).
        var readouts = (await cell.ComputeAsync(today.Year, today, ct)).Readouts()
            .Append(await ChildrenTargets.T9Async(db, ct))
            .Append(await DocumentTargets.T10Async(db, today.Year, ct))
            .Concat(await HealthTargetReadouts.ComputeAsync(db, today, ct));
        return readouts.ToDictionary(r => r.Code, r => (r.Value, r.Detail), StringComparer.Ordinal);
    }

    /// <summary>Every enrolled child with their latest measurement and periodic check as of <paramref name="today"/> (T15, T16 and their drill-down).</summary>
    public Task<List<EnrolledChild>> EnrolledAsync(DateOnly today, CancellationToken ct) => HealthTargetReadouts.EnrolledAsync(db, today, ct);

    /// <summary>The assessment period most recently marked.</summary>
    public Task<string?> LatestDevelopmentPeriodAsync(CancellationToken ct) => HealthTargetReadouts.LatestDevelopmentPeriodAsync(db, ct);

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
