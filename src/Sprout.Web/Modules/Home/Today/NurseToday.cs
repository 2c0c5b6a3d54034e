using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Growth;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Home.Today;

public sealed record MeasuringDue(int ClassId, string ClassName, DateOnly? LastMeasured, DateOnly NextDue);

public sealed record FlaggedChild(int ChildId, string Name, string ClassName, string Status, DateOnly Measured);

public sealed record NurseTodayView(
    int ChecksDue, IReadOnlyList<MeasuringDue> Measuring, IReadOnlyList<MedicineDue> Medicine, IReadOnlyList<FlaggedChild> Flagged);

/// <summary>Read-only: the nurse's checks and measuring days due, today's medicine and the children the last measurement flagged.</summary>
public sealed class NurseToday(SproutDbContext db, TodayAccess access, HealthService health)
{
    /// <summary>A measuring day shows as due this many days ahead, so the nurse can plan the week.</summary>
    public const int MeasuringLookAheadDays = 7;

    public async Task<NurseTodayView> ForAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var statuses = await health.StatusesAsync(user, null, ct);
        var ids = statuses.Select(s => s.ChildId).ToList();
        var lastChecks = await db.Set<HealthEvent>().AsNoTracking().Where(e => e.Kind == HealthEventKind.PeriodicCheck && ids.Contains(e.ChildId))
            .GroupBy(e => e.ChildId).Select(g => new { ChildId = g.Key, Last = g.Max(e => e.Date) }).ToDictionaryAsync(x => x.ChildId, x => x.Last, ct);
        // The same rule as the health page's reminder: a periodic check older than six months, or none.
        var checksDue = statuses.Count(s => !lastChecks.TryGetValue(s.ChildId, out var d) || d < today.AddMonths(-6));

        var classes = await access.VisibleClasses(user).AsNoTracking()
            .Select(c => new
            {
                c.Id, c.Name, c.AgeGroup,
                Last = db.Set<Measurement>().Where(m => m.Child!.ClassroomId == c.Id).Max(m => (DateOnly?)m.Date),
                Youngest = c.Children.Max(ch => (DateOnly?)ch.DateOfBirth),
            })
            .ToListAsync(ct);
        var measuring = classes
            .Select(c => new MeasuringDue(c.Id, c.Name, c.Last, MeasuringCadence.NextDue(c.Last, c.Youngest is { } y && MeasuringCadence.IsUnder24Months(y, today), today)))
            .Where(m => m.NextDue <= today.AddDays(MeasuringLookAheadDays))
            .OrderBy(m => m.NextDue).ThenBy(m => m.ClassName, VietnameseCollation.Comparer).ToList();

        var classIds = access.VisibleClasses(user).Select(c => c.Id);
        var medicine = await db.Set<MedicineRequest>().AsNoTracking()
            .Where(m => m.Date == today && m.Child!.ClassroomId != null && classIds.Contains(m.Child.ClassroomId.Value))
            .OrderBy(m => m.Id)
            .Select(m => new { m.ChildId, m.Child!.FamilyName, m.Child.MiddleName, m.Child.GivenName, ClassName = m.Child.Classroom!.Name, m.Medicine, m.Dose, m.Times, Given = m.Doses.Select(d => d.Slot).ToList() })
            .ToListAsync(ct);

        var flagged = statuses.Where(s => s.Findings is { } f && f != NutritionFindings.None && s.Latest is not null)
            .Select(s => new FlaggedChild(s.ChildId, s.Name.FullName, s.ClassName, s.Describe(), s.Latest!.Date)).ToList();

        return new NurseTodayView(checksDue, measuring,
            medicine.Select(m => new MedicineDue(m.ChildId, new PersonName(m.FamilyName, m.MiddleName, m.GivenName).FullName, m.ClassName, m.Medicine, m.Dose, m.Times, Sprout.Domain.Health.MedicineSchedule.AllGiven(m.Times, m.Given))).ToList(),
            flagged);
    }
}
