using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Ward;

public sealed record WardReportLink(int Id, int Year, int? Quarter);

public sealed record WardSchoolTargets(int SchoolId, string Name, IReadOnlyList<TargetRow> Rows, IReadOnlyList<WardReportLink> Reports);

/// <summary>
/// Every school of one ward, target by target. Each school is computed on its own read-only, school-scoped
/// context, so the same code and the same school filter apply as on the school's own dashboard.
/// </summary>
public sealed class WardTargetsService(SproutDbContextFactory factory, SproutDbContext db)
{
    public async Task<IReadOnlyList<WardSchoolTargets>> ComputeAsync(int? wardId, DateOnly today, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking().Where(s => s.WardId == wardId).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var reports = await WardPlanReports.Issued(db, wardId).Select(x => new { x.Id, x.SchoolId, x.Year, x.Quarter }).ToListAsync(ct);
        var result = new List<WardSchoolTargets>();
        foreach (var school in schools.OrderBy(s => s.Name, Sprout.Domain.Text.VietnameseCollation.Comparer))
        {
            await using var scoped = factory.Create(new SchoolScope { SchoolId = school.Id, WardId = wardId, ReadOnly = true });
            var rows = await new PlanTargets(scoped, new CellTargets(scoped)).ComputeAsync(today, recordSnapshot: false, ct);
            var links = reports.Where(r => r.SchoolId == school.Id).OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter)
                .Select(r => new WardReportLink(r.Id, r.Year, r.Quarter)).ToList();
            result.Add(new WardSchoolTargets(school.Id, school.Name, rows, links));
        }
        return result;
    }
}

/// <summary>The plan reports a ward may open: issued (signed), and from a school of that ward only.</summary>
public static class WardPlanReports
{
    public static IQueryable<PlanReport> Issued(SproutDbContext db, int? wardId) =>
        from r in db.Set<PlanReport>().IgnoreQueryFilters()
        join d in db.Set<OutgoingDocument>().IgnoreQueryFilters() on r.OutgoingDocumentId equals d.Id
        join s in db.Schools on r.SchoolId equals s.Id
        where d.Status == DocumentStatus.Issued && s.WardId == wardId
        select r;
}
