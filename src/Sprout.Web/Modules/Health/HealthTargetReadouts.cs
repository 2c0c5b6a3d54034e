using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Health;

/// <summary>An enrolled child with their latest measurement and periodic check (T15, T16 and their drill-down).</summary>
public sealed record EnrolledChild(int Id, string FamilyName, string MiddleName, string GivenName, string Class, Children.Sex Sex, DateOnly DateOfBirth,
    Measurement? Latest, DateOnly? LastCheck);

/// <summary>
/// T14, T15 and T16 for the whole school, the one computation the health report and the target dashboard both show.
/// Static over the context so the ward view can run it on each school's scoped context.
/// </summary>
public static class HealthTargetReadouts
{
    public static async Task<IReadOnlyList<TargetReadout>> ComputeAsync(SproutDbContext db, DateOnly today, CancellationToken ct)
    {
        var children = await EnrolledAsync(db, today, ct);
        var t15 = HealthTargets.T15(children.Select(c => HealthService.Findings(c.Sex, c.DateOfBirth, c.Latest)));
        var t16 = HealthTargets.T16(children.Select(c => c.LastCheck), today);
        var period = await LatestDevelopmentPeriodAsync(db, ct);
        var assessments = period is null ? [] : await db.Set<DevelopmentAssessment>().AsNoTracking().Where(a => a.Period == period)
            .Select(a => new { a.ChildId, a.Domain, a.Achieved }).ToListAsync(ct);
        var t14 = HealthTargets.T14(assessments.GroupBy(a => a.ChildId)
            .Select(g => (IReadOnlyCollection<(DevelopmentDomain, bool)>)g.Select(a => (a.Domain, a.Achieved)).ToList()));
        var asOf = Platform.Text.VietnameseFormat.Date(today);
        return
        [
            TargetReadout.Percent("T14", t14, period is null ? "Chưa có đợt đánh giá: " : $"Đợt {period}: "),
            TargetReadout.Percent("T15", t15, $"Lần cân đo gần nhất đến {asOf}: "),
            TargetReadout.Percent("T16", t16, $"Khám định kỳ trong 6 tháng đến {asOf}: "),
        ];
    }

    /// <summary>Every enrolled child with their latest measurement and periodic check as of <paramref name="today"/>.</summary>
    public static Task<List<EnrolledChild>> EnrolledAsync(SproutDbContext db, DateOnly today, CancellationToken ct) =>
        db.Children.AsNoTracking().Where(c => c.ClassroomId != null)
            .Select(c => new EnrolledChild(c.Id, c.FamilyName, c.MiddleName, c.GivenName, c.Classroom!.Name, c.Sex, c.DateOfBirth,
                db.Set<Measurement>().Where(m => m.ChildId == c.Id && m.Date <= today).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).FirstOrDefault(),
                db.Set<HealthEvent>().Where(e => e.ChildId == c.Id && e.Kind == HealthEventKind.PeriodicCheck && e.Date <= today).Max(e => (DateOnly?)e.Date)))
            .ToListAsync(ct);

    /// <summary>The assessment period most recently marked (periods are labelled "2025-2026 cuối năm", so they sort by year).</summary>
    public static Task<string?> LatestDevelopmentPeriodAsync(SproutDbContext db, CancellationToken ct) =>
        db.Set<DevelopmentAssessment>().AsNoTracking().OrderByDescending(a => a.Period).Select(a => a.Period).FirstOrDefaultAsync(ct);
}
