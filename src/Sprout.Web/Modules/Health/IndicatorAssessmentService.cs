using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Health;

public sealed record IndicatorColumn(int Id, string Code, string Text, DevelopmentDomain Domain);

public sealed record GridChild(int Id, string Name);

/// <summary>
/// Marks children on the indicators of their class's age group at an assessment period, and keeps the
/// domain-level <see cref="DevelopmentAssessment"/> rows (read by T14 and the plan) in step, in the same save.
/// Every save first asks <see cref="ChildAccess"/> whether the person may change the class.
/// </summary>
public sealed class IndicatorAssessmentService(SproutDbContext db, ChildAccess access)
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
        ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classroom.Id, HealthModule.Read, ct);
        var assessedBy = user.DisplayName();
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
            if (rollup is not null || hadMarks)
            {
                // every mark cleared (rollup null): the derived domain results go too
                SetDomains(classroom.SchoolId, child.Id, period, rollup, domains.Where(d => d.ChildId == child.Id).ToList(), assessedBy);
            }
        }
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// Rolls every saved mark of the school up again after its indicator set changed (an indicator edited, moved,
    /// deactivated or imported): each child's domain results, per period, follow the active indicators of the age
    /// group of the child's class now. Children marked on no active indicator lose their derived domain results;
    /// children no longer in a class keep theirs as recorded. Indicators changed in this context and not yet saved
    /// count as changed, so the caller saves the change and its consequences in one <c>SaveChanges</c> (an outer
    /// transaction around two saves would take the audit lock while holding SQLite's write lock).
    /// </summary>
    /// <summary>The domain-only grid, for an age group without indicators: one mark per child and domain.</summary>
    public async Task SaveDomainsAsync(Classroom classroom, string period, IReadOnlySet<(int Child, DevelopmentDomain Domain)> achieved, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classroom.Id, HealthModule.Read, ct);
        if ((await IndicatorsAsync(classroom.AgeGroup, ct)).Count > 0)
        {
            throw new HealthRuleException("Độ tuổi này được đánh giá theo từng chỉ số; hãy dùng bảng chỉ số.");
        }
        var by = user.DisplayName();
        var ids = await db.Children.Where(c => c.ClassroomId == classroom.Id).Select(c => c.Id).ToListAsync(ct);
        var existing = await db.Set<DevelopmentAssessment>().Where(a => ids.Contains(a.ChildId) && a.Period == period).ToListAsync(ct);
        foreach (var id in ids)
        {
            foreach (var d in Enum.GetValues<DevelopmentDomain>())
            {
                var value = achieved.Contains((id, d));
                var row = existing.FirstOrDefault(a => a.ChildId == id && a.Domain == d);
                if (row is null)
                {
                    db.Add(new DevelopmentAssessment { SchoolId = classroom.SchoolId, ChildId = id, Period = period, Domain = d, Achieved = value, AssessedBy = by });
                }
                else if (row.Achieved != value)
                {
                    row.Achieved = value;
                    row.AssessedBy = by;
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task RollUpAgainAsync(string changedBy, CancellationToken ct)
    {
        var marks = await db.Set<IndicatorAssessment>().AsNoTracking().Select(a => new { a.ChildId, a.Period, a.IndicatorId, a.Achieved }).ToListAsync(ct);
        var childIds = marks.Select(m => m.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id) && c.Classroom != null)
            .Select(c => new { c.Id, c.SchoolId, c.Classroom!.AgeGroup }).ToDictionaryAsync(c => c.Id, ct);
        var tracked = db.ChangeTracker.Entries<DevelopmentIndicator>().Where(e => e.State != EntityState.Detached).ToList();
        var stored = await db.Set<DevelopmentIndicator>().AsNoTracking().Where(i => i.Active).Select(i => new { i.Id, i.AgeGroup, i.Domain }).ToListAsync(ct);
        var active = stored.Where(s => tracked.All(t => t.Entity.Id != s.Id))
            .Concat(tracked.Where(t => t.State != EntityState.Deleted && t.Entity.Active).Select(t => new { t.Entity.Id, t.Entity.AgeGroup, t.Entity.Domain }))
            .ToList();
        var domains = await db.Set<DevelopmentAssessment>().Where(a => childIds.Contains(a.ChildId)).ToListAsync(ct);
        foreach (var group in marks.GroupBy(m => (m.ChildId, m.Period)))
        {
            if (!children.TryGetValue(group.Key.ChildId, out var child))
            {
                continue;
            }
            var mine = group.ToDictionary(m => m.IndicatorId, m => m.Achieved);
            var rollup = DevelopmentRollup.Domains(active.Where(i => i.AgeGroup == child.AgeGroup).Select(i => (i.Domain, mine.TryGetValue(i.Id, out var v) ? v : (bool?)null)));
            SetDomains(child.SchoolId, child.Id, group.Key.Period, rollup, domains.Where(d => d.ChildId == child.Id && d.Period == group.Key.Period).ToList(), changedBy);
        }
    }

    private void SetDomains(int schoolId, int childId, string period, IReadOnlyDictionary<DevelopmentDomain, bool>? rollup, List<DevelopmentAssessment> current, string by)
    {
        if (rollup is null)
        {
            db.RemoveRange(current);
            return;
        }
        foreach (var (domain, achieved) in rollup)
        {
            var row = current.FirstOrDefault(d => d.Domain == domain);
            if (row is null)
            {
                db.Add(new DevelopmentAssessment { SchoolId = schoolId, ChildId = childId, Period = period, Domain = domain, Achieved = achieved, AssessedBy = by });
            }
            else if (row.Achieved != achieved)
            {
                (row.Achieved, row.AssessedBy) = (achieved, by);
            }
        }
    }
}
