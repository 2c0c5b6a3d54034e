using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Health;

public sealed record IndicatorColumn(int Id, string Code, string Text, DevelopmentDomain Domain);

public sealed record GridChild(int Id, string Name);

/// <summary>
/// Marks children on the indicators of their class's age group at an assessment period, and keeps the
/// domain-level <see cref="DevelopmentAssessment"/> rows (read by T14 and the plan) in step, in the same save.
/// The caller has already checked that the person may open the class (<see cref="ClassAccess"/>).
/// </summary>
public sealed class IndicatorAssessmentService(SproutDbContext db)
{
    public async Task<IReadOnlyList<IndicatorColumn>> IndicatorsAsync(AgeGroup ageGroup, CancellationToken ct) =>
        await db.Set<DevelopmentIndicator>().AsNoTracking().Where(i => i.Active && i.AgeGroup == ageGroup)
            .OrderBy(i => i.Domain).ThenBy(i => i.Order).ThenBy(i => i.Code)
            .Select(i => new IndicatorColumn(i.Id, i.Code, i.Text, i.Domain)).ToListAsync(ct);

    public async Task<IReadOnlyList<GridChild>> ChildrenAsync(int classId, CancellationToken ct)
    {
        var rows = await db.Children.AsNoTracking().Where(c => c.ClassroomId == classId)
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName }).ToListAsync(ct);
        return rows.Select(r => (r.Id, Name: new PersonName(r.FamilyName, r.MiddleName, r.GivenName)))
            .OrderBy(r => r.Name, VietnameseNameComparer.Instance)
            .Select(r => new GridChild(r.Id, r.Name.FullName)).ToList();
    }

    public async Task<Dictionary<(int Child, int Indicator), bool>> MarksAsync(IReadOnlyCollection<int> childIds, string period, CancellationToken ct) =>
        await db.Set<IndicatorAssessment>().AsNoTracking().Where(a => childIds.Contains(a.ChildId) && a.Period == period)
            .ToDictionaryAsync(a => (a.ChildId, a.IndicatorId), a => a.Achieved, ct);

    /// <summary>
    /// Saves the marks of the indicators shown (null = not assessed), all or nothing. A child is either marked
    /// on every indicator shown or on none; otherwise nothing is saved and the errors name the children.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAsync(
        Classroom classroom, string period, IReadOnlyList<int> shownIndicators, IReadOnlyDictionary<(int Child, int Indicator), bool?> posted,
        string assessedBy, CancellationToken ct)
    {
        var children = await ChildrenAsync(classroom.Id, ct);
        var active = await IndicatorsAsync(classroom.AgeGroup, ct);
        var shown = shownIndicators.Where(id => active.Any(a => a.Id == id)).ToHashSet();
        var errors = new List<string>();
        foreach (var child in children)
        {
            var marked = shown.Count(i => posted.GetValueOrDefault((child.Id, i)) is not null);
            if (marked > 0 && marked < shown.Count)
            {
                errors.Add($"{child.Name}: còn {shown.Count - marked} chỉ số chưa đánh giá. Hãy đánh giá đủ hoặc để trống cả dòng.");
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }

        var ids = children.Select(c => c.Id).ToList();
        var existing = await db.Set<IndicatorAssessment>().Where(a => ids.Contains(a.ChildId) && a.Period == period).ToListAsync(ct);
        var domains = await db.Set<DevelopmentAssessment>().Where(a => ids.Contains(a.ChildId) && a.Period == period).ToListAsync(ct);
        foreach (var child in children)
        {
            var mine = existing.Where(a => a.ChildId == child.Id).ToDictionary(a => a.IndicatorId);
            var hadMarks = mine.Count > 0;
            foreach (var indicator in shown)
            {
                var value = posted.GetValueOrDefault((child.Id, indicator));
                var row = mine.GetValueOrDefault(indicator);
                if (value is null)
                {
                    if (row is not null)
                    {
                        db.Remove(row);
                        mine.Remove(indicator);
                    }
                }
                else if (row is null)
                {
                    row = new IndicatorAssessment { SchoolId = classroom.SchoolId, ChildId = child.Id, IndicatorId = indicator, Period = period, Achieved = value.Value, AssessedBy = assessedBy };
                    db.Add(row);
                    mine[indicator] = row;
                }
                else if (row.Achieved != value.Value)
                {
                    (row.Achieved, row.AssessedBy) = (value.Value, assessedBy);
                }
            }
            var rollup = DevelopmentRollup.Domains(active.Select(a => (a.Domain, mine.TryGetValue(a.Id, out var r) ? r.Achieved : (bool?)null)));
            var childDomains = domains.Where(d => d.ChildId == child.Id).ToList();
            if (rollup is null)
            {
                if (hadMarks)
                {
                    db.RemoveRange(childDomains); // every mark was cleared: the derived domain results go too
                }
                continue;
            }
            foreach (var (domain, achieved) in rollup)
            {
                var row = childDomains.FirstOrDefault(d => d.Domain == domain);
                if (row is null)
                {
                    db.Add(new DevelopmentAssessment { SchoolId = classroom.SchoolId, ChildId = child.Id, Period = period, Domain = domain, Achieved = achieved, AssessedBy = assessedBy });
                }
                else if (row.Achieved != achieved)
                {
                    (row.Achieved, row.AssessedBy) = (achieved, assessedBy);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return [];
    }
}
