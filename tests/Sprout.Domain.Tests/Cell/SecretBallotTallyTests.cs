using Sprout.Domain.Cell;

namespace Sprout.Domain.Tests.Cell;

public class SecretBallotTallyTests
{
    private static readonly int[] Subjects = [11, 12, 13];

    private static BallotPaper Paper(EvaluationLevel a, EvaluationLevel b, EvaluationLevel c) =>
        new(new Dictionary<int, EvaluationLevel> { [11] = a, [12] = b, [13] = c });

    private static List<BallotPaper> Papers() =>
    [
        Paper(EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Completed),
        Paper(EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.NotCompleted),
        Paper(EvaluationLevel.Good, EvaluationLevel.Good, EvaluationLevel.Completed),
        Paper(EvaluationLevel.Excellent, EvaluationLevel.Completed, EvaluationLevel.Completed),
    ];

    [Fact]
    public void Counts_every_level_for_each_subject()
    {
        var tally = Papers().Aggregate(new BallotTally(Subjects), (t, p) => t.Add(p));

        Assert.Equal(4, tally.Papers);
        var counts = tally.Counts(11);
        Assert.Equal(3, counts[EvaluationLevel.Excellent]);
        Assert.Equal(1, counts[EvaluationLevel.Good]);
        Assert.Equal(0, counts[EvaluationLevel.Completed]);
        Assert.Equal(0, counts[EvaluationLevel.NotCompleted]);
        Assert.Equal(EvaluationLevel.Excellent, tally.Decide(11, 5).Level);
        Assert.Equal(EvaluationLevel.Good, tally.Decide(12, 5).Level);
    }

    [Fact]
    public void Order_of_papers_does_not_matter()
    {
        var papers = Papers();
        var forward = papers.Aggregate(new BallotTally(Subjects), (t, p) => t.Add(p));
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            var shuffled = papers.OrderBy(_ => random.Next()).ToList();
            var tally = shuffled.Aggregate(new BallotTally([13, 11, 12]), (t, p) => t.Add(p));
            Assert.Equal(forward, tally);
            Assert.Equal(forward.GetHashCode(), tally.GetHashCode());
        }
    }

    [Fact]
    public void Add_leaves_the_original_unchanged()
    {
        var empty = new BallotTally(Subjects);
        var one = empty.Add(Papers()[0]);

        Assert.Equal(0, empty.Papers);
        Assert.Equal(0, empty.Counts(11)[EvaluationLevel.Excellent]);
        Assert.Equal(1, one.Counts(11)[EvaluationLevel.Excellent]);
        Assert.NotEqual(empty, one);
    }

    [Fact]
    public void Paper_missing_a_subject_is_refused()
    {
        var paper = new BallotPaper(new Dictionary<int, EvaluationLevel> { [11] = EvaluationLevel.Good, [12] = EvaluationLevel.Good });
        var e = Assert.Throws<ArgumentException>(() => new BallotTally(Subjects).Add(paper));
        Assert.Contains("13", e.Message, StringComparison.Ordinal);
        Assert.Contains("chọn đủ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_with_unknown_subject_is_refused()
    {
        var paper = new BallotPaper(new Dictionary<int, EvaluationLevel>
        {
            [11] = EvaluationLevel.Good, [12] = EvaluationLevel.Good, [13] = EvaluationLevel.Good, [99] = EvaluationLevel.Good,
        });
        var e = Assert.Throws<ArgumentException>(() => new BallotTally(Subjects).Add(paper));
        Assert.Contains("không thuộc danh sách", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_with_undefined_level_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BallotPaper(new Dictionary<int, EvaluationLevel> { [11] = (EvaluationLevel)7 }));

    [Fact]
    public void Paper_is_a_copy_of_the_choices()
    {
        var choices = new Dictionary<int, EvaluationLevel> { [11] = EvaluationLevel.Good };
        var paper = new BallotPaper(choices);
        choices[11] = EvaluationLevel.NotCompleted;
        Assert.Equal(EvaluationLevel.Good, paper.Choices[11]);
    }

    [Fact]
    public void Duplicate_or_empty_subjects_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new BallotTally([1, 1]));
        Assert.Throws<ArgumentException>(() => new BallotTally([]));
    }

    [Fact]
    public void Counts_for_unknown_subject_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BallotTally(Subjects).Counts(5));

    [Fact]
    public void Restore_from_stored_counters_equals_the_tally()
    {
        var tally = Papers().Aggregate(new BallotTally(Subjects), (t, p) => t.Add(p));
        var stored = Subjects.SelectMany(s => tally.Counts(s).Select(c => (Key: (s, c.Key), c.Value)))
            .Where(x => x.Value > 0)
            .ToDictionary(x => x.Key, x => x.Value);

        Assert.Equal(tally, BallotTally.Restore(Subjects, tally.Papers, stored));
    }

    [Fact]
    public void Restore_refuses_counters_that_do_not_add_up()
    {
        var stored = new Dictionary<(int Subject, EvaluationLevel Level), int>
        {
            [(11, EvaluationLevel.Good)] = 2, [(12, EvaluationLevel.Good)] = 1, [(13, EvaluationLevel.Good)] = 2,
        };
        var e = Assert.Throws<ArgumentException>(() => BallotTally.Restore(Subjects, 2, stored));
        Assert.Contains("không nhất quán", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, true, null)]
    [InlineData(false, false, true, BallotRules.Closed)]
    [InlineData(true, true, true, BallotRules.AlreadyVoted)]
    [InlineData(true, false, false, BallotRules.NotEntitled)]
    [InlineData(false, true, false, BallotRules.Closed)]
    public void Can_cast(bool open, bool voted, bool entitled, string? expected) =>
        Assert.Equal(expected, BallotRules.CanCast(open, voted, entitled));

    [Fact]
    public void Refusals_are_in_vietnamese()
    {
        Assert.StartsWith("Đồng chí đã bỏ phiếu", BallotRules.AlreadyVoted, StringComparison.Ordinal);
        Assert.StartsWith("Cuộc bỏ phiếu đã kết thúc", BallotRules.Closed, StringComparison.Ordinal);
        Assert.StartsWith("Đồng chí không có quyền bỏ phiếu", BallotRules.NotEntitled, StringComparison.Ordinal);
    }
}
