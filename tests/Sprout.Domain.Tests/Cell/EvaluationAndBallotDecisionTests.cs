using Sprout.Domain.Cell;

namespace Sprout.Domain.Tests.Cell;

public class EvaluationAndBallotDecisionTests
{
    [Theory]
    [InlineData(EvaluationLevel.Excellent, "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV")]
    [InlineData(EvaluationLevel.Good, "Hoàn thành tốt nhiệm vụ", "HTTNV")]
    [InlineData(EvaluationLevel.Completed, "Hoàn thành nhiệm vụ", "HTNV")]
    [InlineData(EvaluationLevel.NotCompleted, "Không hoàn thành nhiệm vụ", "KHTNV")]
    public void Levels_have_full_and_short_names(EvaluationLevel level, string name, string shortName)
    {
        Assert.Equal(name, level.Name());
        Assert.Equal(shortName, level.ShortName());
        Assert.True(level.Name().IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Unknown_level_has_no_name() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((EvaluationLevel)9).Name());

    private static Dictionary<EvaluationLevel, int> Votes(int excellent, int good = 0, int completed = 0, int notCompleted = 0) => new()
    {
        [EvaluationLevel.Excellent] = excellent,
        [EvaluationLevel.Good] = good,
        [EvaluationLevel.Completed] = completed,
        [EvaluationLevel.NotCompleted] = notCompleted,
    };

    [Fact]
    public void Excellent_needs_more_than_half_of_entitled_voters_for_excellent()
    {
        Assert.Equal(EvaluationLevel.Excellent, BallotDecision.Decide(Votes(6, 4), 10).Level);
        Assert.Equal(EvaluationLevel.Good, BallotDecision.Decide(Votes(5, 5), 10).Level);
    }

    [Fact]
    public void Better_votes_count_towards_a_lower_level()
    {
        // 3 + 3 = 6 of 10 for Good or better.
        var d = BallotDecision.Decide(Votes(3, 3, 4), 10);
        Assert.Equal(EvaluationLevel.Good, d.Level);
        Assert.True(d.IsDecided);
        Assert.Null(d.Reason);
        Assert.Equal(0.3, d.ExcellentVoteShare, 10);
    }

    [Fact]
    public void Completed_when_only_the_third_level_crosses_half()
    {
        Assert.Equal(EvaluationLevel.Completed, BallotDecision.Decide(Votes(1, 2, 3, 3), 9).Level);
    }

    [Fact]
    public void Not_completed_when_all_papers_together_exceed_half()
    {
        Assert.Equal(EvaluationLevel.NotCompleted, BallotDecision.Decide(Votes(0, 0, 0, 7), 10).Level);
    }

    [Fact]
    public void Absent_members_weigh_against_every_level_so_the_cell_votes_again()
    {
        var d = BallotDecision.Decide(Votes(5), 10);
        Assert.Null(d.Level);
        Assert.False(d.IsDecided);
        Assert.Contains("bỏ phiếu lại", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Odd_number_of_voters_needs_a_strict_majority()
    {
        Assert.Equal(EvaluationLevel.Excellent, BallotDecision.Decide(Votes(4), 7).Level);
        Assert.Null(BallotDecision.Decide(Votes(3), 7).Level);
    }

    [Fact]
    public void Missing_levels_count_as_zero()
    {
        var votes = new Dictionary<EvaluationLevel, int> { [EvaluationLevel.Good] = 2 };
        Assert.Equal(EvaluationLevel.Good, BallotDecision.Decide(votes, 3).Level);
    }

    [Fact]
    public void Negative_counts_are_refused_in_vietnamese()
    {
        var e = Assert.Throws<ArgumentException>(() => BallotDecision.Decide(Votes(-1, 3), 5));
        Assert.Contains("không được âm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_votes_than_voters_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => BallotDecision.Decide(Votes(3, 3), 5));
        Assert.Contains("vượt quá số đảng viên có quyền biểu quyết", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_voters_is_refused() =>
        Assert.Throws<ArgumentException>(() => BallotDecision.Decide(Votes(0), 0));
}
