using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>The plan's figures that come from the cell and staff records, for one school and year.</summary>
public sealed record CellTargetFigures(
    EvaluationLevel? CellLevel, bool FourGood,
    TargetFigure FullAttendance, TargetFigure Trained, int Admitted, TargetFigure Committed,
    TargetFigure RatedGoodOrBetter, int Disciplined, TargetFigure DigitalTrained, TargetFigure ThematicQuarters);

/// <summary>The cell's yearly rating and its members' (T1, T7); <see cref="Decided"/> once the year's ballot has closed.</summary>
public sealed record CellRatingFigures(EvaluationLevel? CellLevel, bool FourGood, TargetFigure RatedGoodOrBetter, int Disciplined, bool Decided);

/// <summary>
/// T1 (cell rating), T3 (members attending every meeting and study session), T4 (members and managers trained in
/// politics, ethics or leadership), T5 (admissions since the term began), T6 (ethics commitments), T7 (members rated
/// good or better, no discipline), T8 (staff trained in digital skills and AI), T17 (a thematic meeting each quarter).
/// </summary>
public sealed class CellTargets(SproutDbContext db)
{
    /// <summary>The plan's term (nhiệm kỳ 2025–2027) began with the plan: admissions and training count from here.</summary>
    public static readonly DateOnly TermStart = new(2025, 1, 1);

    public async Task<CellTargetFigures> ComputeAsync(int year, DateOnly today, CancellationToken ct)
    {
        var yearStart = new DateOnly(year, 1, 1);
        // A figure as of a past day (the trend, a report for an earlier period) counts nothing recorded after that day.
        var yearEnd = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
        var members = await db.PartyMembers.AsNoTracking().Where(p => p.TransferredOutOn == null)
            .Select(p => new { p.Id, p.StaffMemberId }).ToListAsync(ct);
        var memberIds = members.Select(m => m.Id).ToHashSet();


        var marks = await db.Set<MeetingAttendance>().AsNoTracking()
            .Where(a => db.Set<CellMeeting>().Any(m => m.Id == a.CellMeetingId && m.Date >= yearStart && m.Date <= yearEnd))
            .Select(a => new { a.PartyMemberId, a.Mark }).ToListAsync(ct);
        var study = await db.Set<StudyParticipation>().AsNoTracking()
            .Where(p => db.Set<StudySession>().Any(s => s.Id == p.StudySessionId && s.Date >= yearStart && s.Date <= yearEnd))
            .Select(p => new { p.PartyMemberId, p.Attended }).ToListAsync(ct);
        var missedSomething = marks.Where(m => m.Mark != AttendanceMark.Present).Select(m => m.PartyMemberId)
            .Concat(study.Where(s => !s.Attended).Select(s => s.PartyMemberId)).ToHashSet();
        var fullAttendance = new TargetFigure(memberIds.Count(id => !missedSomething.Contains(id)), memberIds.Count);

        var trainedTopics = new[] { TrainingTopic.PoliticalTheory, TrainingTopic.Ethics, TrainingTopic.Leadership };
        var managers = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Position.StartsWith("Hiệu trưởng") || s.Position.StartsWith("Phó hiệu trưởng") || s.Position.StartsWith("Tổ trưởng"))
            .Select(s => s.Id).ToListAsync(ct);
        var t4Group = members.Select(m => m.StaffMemberId).Concat(managers).ToHashSet();
        var trained = await db.Set<StaffTraining>().AsNoTracking()
            .Where(t => trainedTopics.Contains(t.Topic) && t.CompletedOn >= TermStart && t.CompletedOn <= yearEnd)
            .Select(t => t.StaffMemberId).Distinct().ToListAsync(ct);

        var admitted = await db.Set<AdmissionStepRecord>().AsNoTracking()
            .CountAsync(s => s.Step == AdmissionStep.AdmissionDecision && s.Date >= TermStart && s.Date <= yearEnd, ct);

        var staffIds = await db.StaffMembers.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        var ethics = await db.Set<EthicsCommitment>().AsNoTracking().Where(c => c.Year == year).Select(c => c.StaffMemberId).ToListAsync(ct);
        var memberCommitments = await db.Set<MemberCommitment>().AsNoTracking().Where(c => c.Year == year).Select(c => c.PartyMemberId).ToListAsync(ct);
        var staffOfMember = members.ToDictionary(m => m.StaffMemberId, m => m.Id);
        var committed = staffIds.Count(s => ethics.Contains(s) && (!staffOfMember.TryGetValue(s, out var m) || memberCommitments.Contains(m)));

        var ratings = await RatingsAsync(year, yearEnd, ct);

        var digital = await db.Set<StaffTraining>().AsNoTracking()
            .Where(t => t.Topic == TrainingTopic.DigitalAndAi && t.CompletedOn >= TermStart && t.CompletedOn <= yearEnd)
            .Select(t => t.StaffMemberId).Distinct().CountAsync(ct);

        var held = await db.Set<CellMeeting>().AsNoTracking().Where(m => m.Date >= yearStart && m.Date <= yearEnd && m.Date <= today)
            .Select(m => new { m.Date, m.Kind }).ToListAsync(ct);
        var endedQuarters = Enumerable.Range(1, 4).Count(q => new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1) < today);
        var missing = MeetingRules.QuartersWithoutThematic(held.Select(m => (m.Date, m.Kind)), year, today).Count;

        return new CellTargetFigures(ratings.CellLevel, ratings.FourGood, fullAttendance,
            new TargetFigure(t4Group.Count(trained.Contains), t4Group.Count), admitted,
            new TargetFigure(committed, staffIds.Count), ratings.RatedGoodOrBetter, ratings.Disciplined,
            new TargetFigure(digital, staffIds.Count), new TargetFigure(endedQuarters - missing, endedQuarters));
    }

    /// <summary>
    /// T1 and T7 alone: the cell's rating, the members rated good or better and the discipline records of one year,
    /// counting discipline up to <paramref name="until"/>.
    /// </summary>
    public async Task<CellRatingFigures> RatingsAsync(int year, DateOnly until, CancellationToken ct)
    {
        var memberIds = await db.PartyMembers.AsNoTracking().Where(p => p.TransferredOutOn == null).Select(p => p.Id).ToListAsync(ct);
        var rating = await db.Set<CellRating>().AsNoTracking().Where(r => r.Year == year).Select(r => new { r.Level, r.FourGood }).FirstOrDefaultAsync(ct);
        var decided = await db.Set<MemberEvaluation>().AsNoTracking().Where(e => e.Year == year && e.DecidedLevel != null)
            .Select(e => new { e.PartyMemberId, e.DecidedLevel }).ToListAsync(ct);
        var good = decided.Count(e => memberIds.Contains(e.PartyMemberId) && e.DecidedLevel <= EvaluationLevel.Good);
        var disciplined = await db.Set<DisciplineRecord>().AsNoTracking().CountAsync(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= until, ct);
        return new CellRatingFigures(rating?.Level, rating?.FourGood ?? false, new TargetFigure(good, memberIds.Count), disciplined, decided.Count > 0);
    }
}
