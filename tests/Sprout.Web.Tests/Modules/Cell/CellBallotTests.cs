using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Cell;

/// <summary>The yearly evaluation through the services: steps in order, one paper per member, and a ballot that stays secret.</summary>
[Collection(AppCollection.Name)]
public class CellBallotTests(SproutAppFactory app)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task OpenBallotAsync(CellKit kit, List<CellPerson> members, int year)
    {
        foreach (var member in members)
        {
            await kit.Evaluations.SubmitSelfAssessmentAsync(member.User, member.Viewer, year, EvaluationLevel.Good, "Hoàn thành tốt nhiệm vụ được giao, gương mẫu.", None);
        }
        var secretary = members.First(m => m.Viewer.Secretary);
        await kit.Evaluations.AdvanceAsync(secretary.User, secretary.Viewer, year, None);
        await kit.Evaluations.AdvanceAsync(secretary.User, secretary.Viewer, year, None);
        kit.Db.ChangeTracker.Clear();
    }

    /// <summary>A paper that depends on who votes, so that two orders of casting differ in who chose what.</summary>
    private static Dictionary<int, EvaluationLevel> Paper(List<CellPerson> members, int voterIndex) =>
        members.Select((m, subject) => (m.Viewer.MemberId, Level: (EvaluationLevel)((voterIndex + subject) % 3)))
            .ToDictionary(p => p.MemberId, p => p.Level);

    private static async Task<int> RoundIdAsync(CellKit kit, int year) =>
        await kit.Db.Set<EvaluationRound>().Where(r => r.Year == year).Select(r => r.Id).SingleAsync();

    private static async Task<Dictionary<string, long>> RowsPerTableAsync(CellKit kit)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in kit.Db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            // The table names come from the model, never from input.
#pragma warning disable EF1002
            counts[table] = await kit.Db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }
        return counts;
    }

    [Fact]
    public async Task Skipping_the_self_assessment_or_commenting_too_early_is_refused_and_recorded()
    {
        const int year = 2081;
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        await kit.Evaluations.SubmitSelfAssessmentAsync(members[1].User, members[1].Viewer, year, EvaluationLevel.Good, "Tự kiểm điểm.", None);

        var skip = await Assert.ThrowsAsync<CellRuleException>(() => kit.Evaluations.AdvanceAsync(secretary.User, secretary.Viewer, year, None));
        var evaluationId = await kit.Db.Set<MemberEvaluation>().Where(e => e.Year == year).Select(e => e.Id).SingleAsync();
        var early = await Assert.ThrowsAsync<CellRuleException>(() => kit.Evaluations.AddCommentAsync(secretary.User, secretary.Viewer, evaluationId, "Góp ý", None));
        var ordinary = members.First(m => !m.Viewer.Committee);
        var notCommittee = await Assert.ThrowsAsync<CellRuleException>(() => kit.Evaluations.AdvanceAsync(ordinary.User, ordinary.Viewer, year, None));

        Assert.Equal($"Còn {members.Count - 1} đảng viên chưa nộp bản tự đánh giá: chưa thể chuyển sang bước góp ý.", skip.Message);
        Assert.Equal("Chỉ góp ý được trong bước chi bộ góp ý.", early.Message);
        Assert.Equal("Chỉ chi ủy được chuyển bước đánh giá.", notCommittee.Message);
        Assert.Equal(EvaluationStage.SelfAssessment, (await kit.Db.Set<EvaluationRound>().AsNoTracking().SingleAsync(r => r.Year == year)).Stage);
        var refusals = await kit.Db.Set<RefusedAction>().AsNoTracking().Where(r => r.Action.EndsWith($"năm {year}")).Select(r => r.Reason).ToListAsync();
        Assert.Contains(skip.Message, refusals);
        Assert.Contains(early.Message, refusals);
        Assert.Contains(notCommittee.Message, refusals);
    }

    [Fact]
    public async Task A_second_vote_and_a_vote_after_closing_are_refused_and_the_quota_limits_excellent()
    {
        const int year = 2082;
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        await OpenBallotAsync(kit, members, year);
        var everyoneExcellent = members.ToDictionary(m => m.Viewer.MemberId, _ => EvaluationLevel.Excellent);
        foreach (var voter in members)
        {
            await kit.Evaluations.CastAsync(voter.User, voter.Viewer, year, everyoneExcellent, None);
        }

        var twice = await Assert.ThrowsAsync<CellRuleException>(() => kit.Evaluations.CastAsync(members[0].User, members[0].Viewer, year, everyoneExcellent, None));
        var secretary = members.First(m => m.Viewer.Secretary);
        await kit.Evaluations.AdvanceAsync(secretary.User, secretary.Viewer, year, None);
        kit.Db.ChangeTracker.Clear();
        var late = await Assert.ThrowsAsync<CellRuleException>(() => kit.Evaluations.CastAsync(members[1].User, members[1].Viewer, year, everyoneExcellent, None));

        Assert.Equal(BallotRules.AlreadyVoted, twice.Message);
        Assert.Equal(BallotRules.Closed, late.Message);
        var counts = await kit.Db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == kit.Db.Set<EvaluationRound>().Single(r => r.Year == year).Id).ToListAsync();
        Assert.All(counts, c => Assert.Equal(c.Level == EvaluationLevel.Excellent ? members.Count : 0, c.Votes));
        var decided = await kit.Db.Set<MemberEvaluation>().AsNoTracking().Where(e => e.Year == year).Select(e => e.DecidedLevel).ToListAsync();
        Assert.Equal(members.Count, decided.Count);
        Assert.Equal(ExcellenceQuota.Allowed(members.Count), decided.Count(l => l == EvaluationLevel.Excellent));
        Assert.All(decided, l => Assert.True(l is EvaluationLevel.Excellent or EvaluationLevel.Good));
        var round = await kit.Db.Set<EvaluationRound>().AsNoTracking().SingleAsync(r => r.Year == year);
        Assert.Equal(EvaluationStage.Decided, round.Stage);
        Assert.False(string.IsNullOrWhiteSpace(round.DecisionNotes));
        var refusals = await kit.Db.Set<RefusedAction>().AsNoTracking().Where(r => r.Action == $"Bỏ phiếu đánh giá năm {year}").Select(r => r.Reason).ToListAsync();
        Assert.Equal(new[] { BallotRules.AlreadyVoted, BallotRules.Closed }.Order(StringComparer.Ordinal), refusals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task What_is_stored_of_a_ballot_is_the_same_whoever_cast_which_paper()
    {
        const int first = 2083, second = 2084;
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        await OpenBallotAsync(kit, members, first);
        await OpenBallotAsync(kit, members, second);
        var before = await RowsPerTableAsync(kit);

        // The same papers, cast by different voters in a different order.
        for (var i = 0; i < members.Count; i++)
        {
            await kit.Evaluations.CastAsync(members[i].User, members[i].Viewer, first, Paper(members, i), None);
        }
        for (var i = members.Count - 1; i >= 0; i--)
        {
            await kit.Evaluations.CastAsync(members[i].User, members[i].Viewer, second, Paper(members, (i + 5) % members.Count), None);
        }

        var after = await RowsPerTableAsync(kit);
        // The notification dispatcher runs in the background and delivers other tests' invitations meanwhile.
        var background = new[] { typeof(Sprout.Web.Platform.Notifications.UserNotification), typeof(Sprout.Web.Platform.Notifications.OutboxMessage) }
            .Select(t => kit.Db.Model.FindEntityType(t)!.GetTableName()).ToHashSet();
        var grown = after.Where(t => t.Value != before[t.Key] && !background.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value - before[t.Key]);
        Assert.Equal(new Dictionary<string, long> { [kit.Db.Model.FindEntityType(typeof(BallotReceipt))!.GetTableName()!] = 2L * members.Count }, grown);
        var (roundA, roundB) = (await RoundIdAsync(kit, first), await RoundIdAsync(kit, second));
        async Task<List<string>> CountsAsync(int round) => (await kit.Db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == round).ToListAsync())
            .Select(c => $"{c.SubjectMemberId}:{c.Level}:{c.Votes}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await CountsAsync(roundA), await CountsAsync(roundB));
        async Task<List<int>> VotersAsync(int round) => (await kit.Db.Set<BallotReceipt>().AsNoTracking().Where(r => r.EvaluationRoundId == round).Select(r => r.VoterMemberId).ToListAsync()).Order().ToList();
        Assert.Equal(await VotersAsync(roundA), await VotersAsync(roundB));
        // Nothing stored next to a voter says what, or when, they voted; nothing stored next to a choice says who.
        Assert.Equal(["EvaluationRoundId", "SchoolId", "VoterMemberId"], kit.Db.Model.FindEntityType(typeof(BallotReceipt))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["EvaluationRoundId", "Level", "SchoolId", "SubjectMemberId", "Votes"], kit.Db.Model.FindEntityType(typeof(BallotCount))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
    [Fact]
    public async Task Members_voting_at_the_same_moment_all_have_their_papers_counted()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        // Several ballots, so that a lost update shows even when one round happens to interleave harmlessly.
        foreach (var year in new[] { 2085, 2086, 2087 })
        {
            await OpenBallotAsync(kit, members, year);
            var kits = new List<CellKit>();
            try
            {
                foreach (var _ in members)
                {
                    kits.Add(await CellKit.OpenAsync(app));
                }
                var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var votes = members.Select((voter, i) => Task.Run(async () =>
                {
                    await start.Task;
                    await kits[i].Evaluations.CastAsync(voter.User, voter.Viewer, year, Paper(members, i), None);
                })).ToList();
                start.SetResult();
                await Task.WhenAll(votes);
            }
            finally
            {
                foreach (var k in kits)
                {
                    await k.DisposeAsync();
                }
            }

            var roundId = await RoundIdAsync(kit, year);
            var receipts = await kit.Db.Set<BallotReceipt>().AsNoTracking().CountAsync(r => r.EvaluationRoundId == roundId);
            var stored = (await kit.Db.Set<BallotCount>().AsNoTracking().Where(c => c.EvaluationRoundId == roundId).ToListAsync())
                .ToDictionary(c => (c.SubjectMemberId, c.Level), c => c.Votes);
            Assert.Equal(members.Count, receipts);
            foreach (var subject in members.Select(m => m.Viewer.MemberId))
            {
                Assert.Equal(receipts, EvaluationLevels.All.Sum(l => stored[(subject, l)]));
            }
            // Every paper, counted once: the same tally as the papers added one by one.
            var expected = members.Select((_, i) => new BallotPaper(Paper(members, i)))
                .Aggregate(new BallotTally(members.Select(m => m.Viewer.MemberId)), (t, p) => t.Add(p));
            Assert.Equal(expected, BallotTally.Restore(members.Select(m => m.Viewer.MemberId), receipts, stored));
        }
    }
    [Fact]
    public async Task The_ballot_page_preselects_nothing_names_the_empty_lines_and_shows_the_paper_for_review_before_casting()
    {
        const int year = 2088;
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        await OpenBallotAsync(kit, members, year);
        var url = $"/chi-bo/danh-gia?nam={year}";
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, $"dangvien@{DemoAccounts.Domain}", DemoAccounts.Password);
        var names = await kit.Access.MemberNamesAsync(None);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        var selects = Regex.Matches(page, "<select id=\"v(\\d+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.Equal(members.Count, selects.Count);
        // Only the empty "choose" line is selected, on every member's line.
        Assert.All(selects, m => Assert.Matches("^<option value(=\"\")? selected[^>]*>— Chọn mức xếp loại —</option>", m.Groups[2].Value.Trim()));
        Assert.All(selects, m => Assert.Single(Regex.Matches(m.Groups[2].Value, "selected")));

        // A paper with one line left empty is refused with that member's name, and the other choices stay.
        var skipped = members[^1].Viewer.MemberId;
        var partial = members.Where(m => m.Viewer.MemberId != skipped).ToDictionary(m => $"v{m.Viewer.MemberId}", _ => ((int)EvaluationLevel.Good).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var refused = await FormPoster.PostFormAsync(client, url, "ballot", new Dictionary<string, string>(partial) { ["step"] = "review" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"Phiếu chưa chọn mức xếp loại cho đồng chí: {names[skipped]}.", refusedHtml, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"1\" selected[^>]*>Hoàn thành tốt nhiệm vụ</option>", refusedHtml);

        // A full paper goes to review first: nothing is counted until "Bỏ phiếu".
        var full = new Dictionary<string, string>(partial) { [$"v{skipped}"] = "2", ["step"] = "review" };
        var review = await FormPoster.PostFormAsync(client, url, "ballot", full);
        var reviewHtml = WebUtility.HtmlDecode(await review.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("Xem lại phiếu trước khi bỏ", reviewHtml, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"v{skipped}\" value=\"2\"", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành nhiệm vụ", reviewHtml, StringComparison.Ordinal);
        var roundId = await RoundIdAsync(kit, year);
        Assert.Equal(0, await kit.Db.Set<BallotReceipt>().CountAsync(r => r.EvaluationRoundId == roundId));

        full["step"] = "cast";
        var cast = await FormPoster.PostFormAsync(client, url, "ballot", full);
        Assert.Equal(HttpStatusCode.OK, cast.StatusCode);
        Assert.Contains("Đã nhận phiếu của đồng chí.", WebUtility.HtmlDecode(await cast.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await kit.Db.Set<BallotReceipt>().CountAsync(r => r.EvaluationRoundId == roundId));
        Assert.Equal(1, await kit.Db.Set<BallotCount>().Where(c => c.EvaluationRoundId == roundId && c.SubjectMemberId == skipped && c.Level == EvaluationLevel.Completed).Select(c => c.Votes).SingleAsync());
    }

    [Fact]
    public async Task The_evaluation_page_lists_the_members_who_have_not_submitted_their_self_assessment()
    {
        const int year = 2089;
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        foreach (var member in members.Take(2))
        {
            await kit.Evaluations.SubmitSelfAssessmentAsync(member.User, member.Viewer, year, EvaluationLevel.Good, "Hoàn thành tốt nhiệm vụ.", None);
        }
        var names = await kit.Access.MemberNamesAsync(None);
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, $"dangvien@{DemoAccounts.Domain}", DemoAccounts.Password);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/chi-bo/danh-gia?nam={year}"));
        var active = await kit.Db.PartyMembers.CountAsync(p => p.TransferredOutOn == null);
        Assert.Contains($"Đảng viên chưa nộp bản tự đánh giá ({active - 2})", html, StringComparison.Ordinal);
        var section = html[html.IndexOf("id=\"not-submitted\"", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("id=\"not-submitted\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.All(members.Skip(2), m => Assert.Contains($"<li>{names[m.Viewer.MemberId]}</li>", section, StringComparison.Ordinal));
        Assert.All(members.Take(2), m => Assert.DoesNotContain($"<li>{names[m.Viewer.MemberId]}</li>", section, StringComparison.Ordinal));
    }
}
