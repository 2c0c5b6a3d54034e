using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Cell;

/// <summary>The yearly evaluation: self-assessment → comments → secret ballot → the cell's decision under the quota.</summary>
public sealed class CellEvaluationService(SproutDbContext db, CellAccess access, TimeProvider clock)
{
    public async Task<EvaluationRound> RoundAsync(int schoolId, int year, CancellationToken ct)
    {
        var round = await db.Set<EvaluationRound>().FirstOrDefaultAsync(r => r.Year == year, ct);
        if (round is null)
        {
            round = new EvaluationRound { SchoolId = schoolId, Year = year, Stage = EvaluationStage.SelfAssessment };
            db.Add(round);
            await db.SaveChangesAsync(ct);
        }
        return round;
    }

    public async Task SubmitSelfAssessmentAsync(ClaimsPrincipal user, CellViewer viewer, int year, EvaluationLevel level, string text, CancellationToken ct)
    {
        var round = await RoundAsync(viewer.SchoolId, year, ct);
        if (round.Stage != EvaluationStage.SelfAssessment)
        {
            await access.RefuseAsync(user, $"Tự đánh giá năm {year}", "Bước tự đánh giá đã kết thúc.", ct);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CellRuleException("Vui lòng viết bản tự kiểm điểm trước khi gửi.");
        }
        var evaluation = await db.Set<MemberEvaluation>().FirstOrDefaultAsync(e => e.Year == year && e.PartyMemberId == viewer.MemberId, ct);
        if (evaluation is null)
        {
            evaluation = new MemberEvaluation { SchoolId = round.SchoolId, Year = year, PartyMemberId = viewer.MemberId };
            db.Add(evaluation);
        }
        evaluation.SelfAssessment = text.Trim();
        evaluation.SelfLevel = level;
        evaluation.SelfSubmittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task AddCommentAsync(ClaimsPrincipal user, CellViewer viewer, int evaluationId, string text, CancellationToken ct)
    {
        var evaluation = await db.Set<MemberEvaluation>().FirstOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new CellRuleException("Không tìm thấy bản tự đánh giá.");
        var round = await RoundAsync(evaluation.SchoolId, evaluation.Year, ct);
        if (round.Stage != EvaluationStage.PeerComments)
        {
            await access.RefuseAsync(user, $"Góp ý đánh giá năm {evaluation.Year}", "Chỉ góp ý được trong bước chi bộ góp ý.", ct);
        }
        if (evaluation.PartyMemberId == viewer.MemberId)
        {
            throw new CellRuleException("Đồng chí không góp ý cho bản tự đánh giá của chính mình.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CellRuleException("Vui lòng nhập nội dung góp ý.");
        }
        db.Add(new PeerComment { SchoolId = evaluation.SchoolId, MemberEvaluationId = evaluation.Id, AuthorMemberId = viewer.MemberId, Text = text.Trim(), At = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The committee moves the round on; a step cannot be skipped or left unfinished.</summary>
    public async Task AdvanceAsync(ClaimsPrincipal user, CellViewer viewer, int year, CancellationToken ct)
    {
        if (!viewer.Committee)
        {
            await access.RefuseAsync(user, $"Chuyển bước đánh giá năm {year}", "Chỉ chi ủy được chuyển bước đánh giá.", ct);
        }
        var round = await RoundAsync(viewer.SchoolId, year, ct);
        var members = await ActiveMemberIdsAsync(ct);
        switch (round.Stage)
        {
            case EvaluationStage.SelfAssessment:
                var submitted = await db.Set<MemberEvaluation>().Where(e => e.Year == year && e.SelfSubmittedAt != null).Select(e => e.PartyMemberId).ToListAsync(ct);
                var missing = members.Except(submitted).Count();
                if (missing > 0)
                {
                    await access.RefuseAsync(user, $"Chuyển bước đánh giá năm {year}", $"Còn {missing} đảng viên chưa nộp bản tự đánh giá: chưa thể chuyển sang bước góp ý.", ct);
                }
                round.Stage = EvaluationStage.PeerComments;
                break;
            case EvaluationStage.PeerComments:
                round.Stage = EvaluationStage.Ballot;
                round.EntitledVoters = members.Count;
                round.BallotOpenedAt = clock.GetUtcNow();
                foreach (var subject in members)
                {
                    foreach (var level in Enum.GetValues<EvaluationLevel>())
                    {
                        db.Add(new BallotCount { SchoolId = round.SchoolId, EvaluationRoundId = round.Id, SubjectMemberId = subject, Level = level });
                    }
                }
                break;
            case EvaluationStage.Ballot:
                await CloseBallotAsync(round, ct);
                break;
            default:
                throw new CellRuleException("Đợt đánh giá năm này đã kết thúc.");
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// One secret vote. Stored as a receipt (who has voted) and additions to the counters (what was voted), in one
    /// transaction. The counters are added to by the database itself, in one statement that adds 1 to the chosen
    /// (subject, level) counters and 0 to every other counter of the round: members voting at the same moment cannot
    /// overwrite each other's additions, and every counter is still written by every vote, so nothing stored, not
    /// even which rows changed, links the receipt to the choices.
    /// </summary>
    public async Task CastAsync(ClaimsPrincipal user, CellViewer viewer, int year, IReadOnlyDictionary<int, EvaluationLevel> paper, CancellationToken ct)
    {
        string? refusal;
        await using (var transaction = await db.BeginAuditedTransactionAsync(ct))
        {
            var round = await RoundAsync(viewer.SchoolId, year, ct);
            var subjects = await db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == round.Id)
                .Select(c => c.SubjectMemberId).Distinct().ToListAsync(ct);
            var voted = await db.Set<BallotReceipt>().AnyAsync(r => r.EvaluationRoundId == round.Id && r.VoterMemberId == viewer.MemberId, ct);
            refusal = BallotRules.CanCast(round.Stage == EvaluationStage.Ballot, voted, subjects.Contains(viewer.MemberId));
            if (refusal is null)
            {
                await CheckPaperAsync(subjects, paper, ct);
                refusal = await CountPaperAsync(round, viewer.MemberId, subjects.Count, paper, ct);
                if (refusal is null)
                {
                    await transaction.CommitAsync(ct);
                }
            }
        }
        if (refusal is not null)
        {
            // Recorded after the vote's transaction is gone, so the refusal itself is never rolled back with it.
            db.ChangeTracker.Clear();
            await access.RefuseAsync(user, $"Bỏ phiếu đánh giá năm {year}", refusal, ct);
        }
    }

    /// <summary>
    /// The paper before it is cast, for the review step: a level chosen for every member on the ballot, none for
    /// anyone else. Nothing is stored.
    /// </summary>
    public async Task ReviewAsync(CellViewer viewer, int year, IReadOnlyDictionary<int, EvaluationLevel> paper, CancellationToken ct)
    {
        var round = await RoundAsync(viewer.SchoolId, year, ct);
        if (round.Stage != EvaluationStage.Ballot)
        {
            throw new CellRuleException(BallotRules.Closed);
        }
        var subjects = await db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == round.Id)
            .Select(c => c.SubjectMemberId).Distinct().ToListAsync(ct);
        await CheckPaperAsync(subjects, paper, ct);
    }

    private async Task CheckPaperAsync(List<int> subjects, IReadOnlyDictionary<int, EvaluationLevel> paper, CancellationToken ct)
    {
        if (paper.Keys.Any(k => !subjects.Contains(k)) || paper.Values.Any(l => !Enum.IsDefined(l)))
        {
            throw new CellRuleException("Phiếu phải chọn một mức xếp loại cho mỗi đảng viên.");
        }
        var missing = subjects.Where(s => !paper.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            // Named, so the voter sees at once which lines are still empty; no level is ever chosen for them.
            var names = await access.MemberNamesAsync(ct);
            var listed = missing.Select(id => names.GetValueOrDefault(id, $"mã {id}")).Order(Sprout.Domain.Text.VietnameseCollation.Comparer);
            throw new CellRuleException($"Phiếu chưa chọn mức xếp loại cho đồng chí: {string.Join(", ", listed)}. Mỗi đảng viên phải được chọn một mức.");
        }
    }

    /// <summary>Writes the receipt and the additions; a refusal when the database says the vote cannot count.</summary>
    private async Task<string?> CountPaperAsync(EvaluationRound round, int voterId, int subjects, IReadOnlyDictionary<int, EvaluationLevel> paper, CancellationToken ct)
    {
        db.Add(new BallotReceipt { SchoolId = round.SchoolId, EvaluationRoundId = round.Id, VoterMemberId = voterId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The receipt's key refused a second vote sent at the same moment: nothing of this paper is kept.
            return "Đồng chí đã bỏ phiếu trong đợt này.";
        }

        var chosen = paper.Select(p => CounterKey(p.Key, p.Value)).ToList();
        var roundId = round.Id;
        var rows = await db.Set<BallotCount>()
            .Where(c => c.EvaluationRoundId == roundId
                && db.Set<EvaluationRound>().Any(r => r.Id == roundId && r.Stage == EvaluationStage.Ballot))
            .ExecuteUpdateAsync(u => u.SetProperty(
                c => c.Votes,
                c => c.Votes + (chosen.Contains((c.SubjectMemberId * CounterLevels) + (int)c.Level) ? 1 : 0)), ct);

        // Fewer rows than counters: the committee closed the ballot between the check and the count.
        return rows == subjects * CounterLevels ? null : BallotRules.Closed;
    }

    private static readonly int CounterLevels = Enum.GetValues<EvaluationLevel>().Length;

    private static int CounterKey(int subject, EvaluationLevel level) => (subject * CounterLevels) + (int)level;

    private async Task CloseBallotAsync(EvaluationRound round, CancellationToken ct)
    {
        var counts = await db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == round.Id).ToListAsync(ct);
        var evaluations = await db.Set<MemberEvaluation>().Where(e => e.Year == round.Year).ToListAsync(ct);
        var decided = new List<ExcellenceCandidate>();
        var notes = new List<string>();
        foreach (var subject in counts.GroupBy(c => c.SubjectMemberId))
        {
            var votes = subject.ToDictionary(c => c.Level, c => c.Votes);
            var decision = BallotDecision.Decide(votes, round.EntitledVoters);
            if (decision.Level is not { } level)
            {
                // No level has a majority: the papers of this round are void and the cell votes again.
                await db.Set<BallotReceipt>().Where(r => r.EvaluationRoundId == round.Id).ExecuteDeleteAsync(ct);
                await db.Set<BallotCount>().Where(c => c.EvaluationRoundId == round.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Votes, 0), ct);
                throw new CellRuleException($"Chưa có mức xếp loại nào đạt quá nửa số đảng viên ({decision.Reason}). Phiếu đã được hủy: chi bộ bỏ phiếu lại.");
            }
            decided.Add(new ExcellenceCandidate(subject.Key, level, decision.ExcellentVoteShare));
        }
        var final = ExcellenceQuota.Apply(decided);
        notes.AddRange(final.Notes);
        foreach (var result in final.Final)
        {
            var evaluation = evaluations.FirstOrDefault(e => e.PartyMemberId == result.MemberId);
            if (evaluation is null)
            {
                evaluation = new MemberEvaluation { SchoolId = round.SchoolId, Year = round.Year, PartyMemberId = result.MemberId };
                db.Add(evaluation);
            }
            evaluation.DecidedLevel = result.Level;
        }
        round.Stage = EvaluationStage.Decided;
        round.BallotClosedAt = clock.GetUtcNow();
        round.DecisionNotes = string.Join("\n", notes);
    }

    private Task<List<int>> ActiveMemberIdsAsync(CancellationToken ct) =>
        db.PartyMembers.Where(p => p.TransferredOutOn == null).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
}
