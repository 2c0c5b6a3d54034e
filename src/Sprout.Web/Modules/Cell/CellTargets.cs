using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>The plan's figures that come from the cell and staff records, for one school and year.</summary>
/// <param name="RatingYear">The year T1 and T7 refer to: the latest year whose rating has begun (see <see cref="CellTargets.CurrentRatingsAsync"/>).</param>
/// <param name="RatedGoodOrBetter">T7: members rated good or better in <paramref name="RatingYear"/> and not disciplined that year.</param>
/// <param name="ThematicThisQuarter">T17: thematic meetings held so far in the quarter of <paramref name="AsOf"/>.</param>
public sealed record CellTargetFigures(
    int Year, DateOnly AsOf, int RatingYear, EvaluationLevel? CellLevel, bool FourGood,
    TargetFigure FullAttendance, TargetFigure Trained, int Admitted, TargetFigure Committed,
    TargetFigure RatedGoodOrBetter, int Disciplined, TargetFigure DigitalTrained, TargetFigure ThematicQuarters, int ThematicThisQuarter)
{
    public int Quarter => (AsOf.Month + 2) / 3;

    /// <summary>The cell's targets as the cell page and the target dashboard both show them.</summary>
    public IReadOnlyList<TargetReadout> Readouts()
    {
        var t7 = TargetReadout.Percent("T7", RatedGoodOrBetter, $"Năm {RatingYear}: ");
        return
        [
            new("T1", CellLevel is { } level ? (level == EvaluationLevel.Excellent && FourGood ? 1 : 0) : null,
                $"Năm {RatingYear}: " + (CellLevel is { } named ? named.Name() + (FourGood ? ", chi bộ 4 tốt" : string.Empty) : "chưa xếp loại")),
            TargetReadout.Percent("T3", FullAttendance, $"Năm {Year}: "),
            TargetReadout.Percent("T4", Trained, $"Từ {Platform.Text.VietnameseFormat.Date(CellTargets.TermStart)}: "),
            new("T5", Admitted, $"Kết nạp từ {Platform.Text.VietnameseFormat.Date(CellTargets.TermStart)}: {Admitted}"),
            TargetReadout.Percent("T6", Committed, $"Năm {Year}: "),
            Disciplined > 0 ? t7 with { Detail = $"{t7.Detail}, {Disciplined} đảng viên bị kỷ luật" } : t7,
            TargetReadout.Percent("T8", DigitalTrained, $"Từ {Platform.Text.VietnameseFormat.Date(CellTargets.TermStart)}: "),
            new("T17", ThematicThisQuarter, $"Quý {Quarter} năm {AsOf.Year}: {ThematicThisQuarter} buổi chuyên đề"),
            ];
    }
}

/// <summary>
/// The cell's yearly rating and its members' (T1, T7); <see cref="Decided"/> once the year's ballot has closed.
/// <see cref="Disciplined"/> counts members disciplined in the year, already left out of <see cref="RatedGoodOrBetter"/>.
/// </summary>
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

        var (ratingYear, ratings) = await CurrentRatingsAsync(year, yearEnd, ct);

        var digital = await db.Set<StaffTraining>().AsNoTracking()
            .Where(t => t.Topic == TrainingTopic.DigitalAndAi && t.CompletedOn >= TermStart && t.CompletedOn <= yearEnd)
            .Select(t => t.StaffMemberId).Distinct().CountAsync(ct);

        var held = await db.Set<CellMeeting>().AsNoTracking().Where(m => m.Date >= yearStart && m.Date <= yearEnd && m.Date <= today)
            .Select(m => new { m.Date, m.Kind }).ToListAsync(ct);
        var endedQuarters = Enumerable.Range(1, 4).Count(q => new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1) < today);
        var missing = MeetingRules.QuartersWithoutThematic(held.Select(m => (m.Date, m.Kind)), year, today).Count;

        var quarterStart = new DateOnly(yearEnd.Year, ((yearEnd.Month - 1) / 3 * 3) + 1, 1);
        var thisQuarter = held.Count(m => m.Kind == MeetingKind.Thematic && m.Date >= quarterStart);

        return new CellTargetFigures(year, yearEnd, ratingYear, ratings.CellLevel, ratings.FourGood, fullAttendance,
            new TargetFigure(t4Group.Count(trained.Contains), t4Group.Count), admitted,
            new TargetFigure(committed, staffIds.Count), ratings.RatedGoodOrBetter, ratings.Disciplined,
            new TargetFigure(digital, staffIds.Count), new TargetFigure(endedQuarters - missing, endedQuarters), thisQuarter);
    }

    /// <summary>
    /// The rating T1 and T7 show for <paramref name="year"/>: the cell and its members are rated at the year's end, so
    /// until the year's ballot has decided anything the last completed rating (the year before) is the current one.
    /// </summary>
    public async Task<(int Year, CellRatingFigures Figures)> CurrentRatingsAsync(int year, DateOnly until, CancellationToken ct)
    {
        var figures = await RatingsAsync(year, until, ct);
        return figures.CellLevel is not null || figures.Decided
            ? (year, figures)
            : (year - 1, await RatingsAsync(year - 1, new DateOnly(year - 1, 12, 31), ct));
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
        // "No member in violation" is part of T7: a member disciplined in the year does not count as rated good.
        var disciplined = (await db.Set<DisciplineRecord>().AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= until)
            .Select(d => d.PartyMemberId).ToListAsync(ct)).ToHashSet();
        var good = decided.Count(e => memberIds.Contains(e.PartyMemberId) && e.DecidedLevel <= EvaluationLevel.Good && !disciplined.Contains(e.PartyMemberId));
        return new CellRatingFigures(rating?.Level, rating?.FourGood ?? false, new TargetFigure(good, memberIds.Count), disciplined.Count, decided.Count > 0);
    }
}
