using Sprout.Domain.Cell;

namespace Sprout.Domain.Tests.Cell;

public class ExcellenceQuotaTests
{
    private static ExcellenceCandidate C(int id, EvaluationLevel level, double share) => new(id, level, share);

    [Fact]
    public void Ten_members_all_voted_excellent_keep_two()
    {
        var decided = Enumerable.Range(1, 10).Select(i => C(i, EvaluationLevel.Excellent, 0.5 + (i / 100.0))).ToList();

        var r = ExcellenceQuota.Apply(decided);

        Assert.Equal(2, r.Allowed);
        Assert.Equal([9, 10], r.Final.Where(c => c.Level == EvaluationLevel.Excellent).Select(c => c.MemberId));
        Assert.Equal(8, r.Downgraded.Count);
        Assert.All(r.Final.Where(c => !new[] { 9, 10 }.Contains(c.MemberId)), c => Assert.Equal(EvaluationLevel.Good, c.Level));
        Assert.Equal(decided.Select(c => c.MemberId), r.Final.Select(c => c.MemberId));
        Assert.Single(r.Notes);
        Assert.Contains("366-QĐ/TW", r.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Four_good_or_better_allow_no_excellent()
    {
        var r = ExcellenceQuota.Apply([
            C(1, EvaluationLevel.Excellent, 1), C(2, EvaluationLevel.Good, 0.2), C(3, EvaluationLevel.Good, 0), C(4, EvaluationLevel.Good, 0),
            C(5, EvaluationLevel.Completed, 0),
        ]);

        Assert.Equal(0, r.Allowed);
        Assert.Equal([1], r.Downgraded);
        Assert.DoesNotContain(r.Final, c => c.Level == EvaluationLevel.Excellent);
        Assert.Equal(EvaluationLevel.Completed, r.Final[4].Level);
    }

    [Fact]
    public void Within_quota_nothing_changes_and_no_notes()
    {
        var decided = new[] { C(1, EvaluationLevel.Excellent, 0.9) }.Concat(Enumerable.Range(2, 4).Select(i => C(i, EvaluationLevel.Good, 0))).ToList();

        var r = ExcellenceQuota.Apply(decided);

        Assert.Equal(1, r.Allowed);
        Assert.Equal(decided, r.Final);
        Assert.Empty(r.Downgraded);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void Tie_across_the_cut_line_is_broken_by_member_id_and_reported()
    {
        var decided = new List<ExcellenceCandidate>
        {
            C(7, EvaluationLevel.Excellent, 0.8),
            C(3, EvaluationLevel.Excellent, 0.8),
            C(5, EvaluationLevel.Excellent, 0.9),
        };
        decided.AddRange(Enumerable.Range(10, 7).Select(i => C(i, EvaluationLevel.Good, 0)));

        var r = ExcellenceQuota.Apply(decided);

        Assert.Equal(2, r.Allowed);
        Assert.Equal([7], r.Downgraded);
        Assert.Equal(EvaluationLevel.Good, r.Final[0].Level);
        Assert.Equal(EvaluationLevel.Excellent, r.Final.Single(c => c.MemberId == 3).Level);
        Assert.Equal(2, r.Notes.Count);
        Assert.Contains("3, 7", r.Notes[1], StringComparison.Ordinal);
        Assert.Contains("80 %", r.Notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Tie_above_the_cut_line_is_not_reported()
    {
        var decided = new List<ExcellenceCandidate>
        {
            C(1, EvaluationLevel.Excellent, 0.9), C(2, EvaluationLevel.Excellent, 0.9), C(3, EvaluationLevel.Excellent, 0.6),
        };
        decided.AddRange(Enumerable.Range(10, 7).Select(i => C(i, EvaluationLevel.Good, 0)));

        var r = ExcellenceQuota.Apply(decided);

        Assert.Equal([3], r.Downgraded);
        Assert.Single(r.Notes);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1, 4, false)]
    [InlineData(1, 5, true)]
    [InlineData(2, 10, true)]
    [InlineData(3, 14, false)]
    [InlineData(3, 15, true)]
    public void Quota_is_a_fifth_rounded_down(int excellent, int goodOrBetter, bool within) =>
        Assert.Equal(within, ExcellenceQuota.IsWithinQuota(excellent, goodOrBetter));

    [Fact]
    public void Excellent_above_good_or_better_is_refused() =>
        Assert.Throws<ArgumentException>(() => ExcellenceQuota.IsWithinQuota(3, 2));

    [Fact]
    public void Duplicate_member_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ExcellenceQuota.Apply([C(1, EvaluationLevel.Good, 0), C(1, EvaluationLevel.Good, 0)]));
        Assert.Contains("xuất hiện hai lần", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentException>(() => ExcellenceQuota.Apply([C(1, EvaluationLevel.Excellent, share)]));

    [Fact]
    public void Empty_list_gives_empty_result()
    {
        var r = ExcellenceQuota.Apply([]);
        Assert.Equal(0, r.Allowed);
        Assert.Empty(r.Final);
    }
}
