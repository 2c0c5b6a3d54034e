namespace Sprout.Domain.Cell;

/// <summary>
/// The counters of one secret ballot: how many papers gave each member each level, and nothing else.
/// </summary>
/// <remarks>
/// The store keeps only these counters and a receipt that a member has voted, never a row per paper, so a vote
/// cannot be traced to its voter. Counters do not remember order: papers added in any order give equal tallies.
/// Immutable: <see cref="Add"/> returns a new tally, so a failed check leaves the stored one untouched.
/// </remarks>
public sealed class BallotTally : IEquatable<BallotTally>
{
    private static readonly int Levels = EvaluationLevels.All.Count;

    private readonly Dictionary<int, int> index;
    private readonly int[] counts;

    /// <summary>An empty tally for a ballot on these members.</summary>
    public BallotTally(IEnumerable<int> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var list = subjects.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Cuộc bỏ phiếu phải có ít nhất một đảng viên được đánh giá.", nameof(subjects));
        }

        var sorted = list.Distinct().Order().ToList();
        if (sorted.Count != list.Count)
        {
            throw new ArgumentException("Danh sách đảng viên được đánh giá có mã bị trùng.", nameof(subjects));
        }

        Subjects = sorted;
        index = sorted.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        counts = new int[sorted.Count * Levels];
    }

    private BallotTally(BallotTally source, int[] counts, int papers)
    {
        Subjects = source.Subjects;
        index = source.index;
        this.counts = counts;
        Papers = papers;
    }

    /// <summary>The members being rated, ascending.</summary>
    public IReadOnlyList<int> Subjects { get; }

    /// <summary>Papers counted so far.</summary>
    public int Papers { get; }

    /// <summary>
    /// Rebuilds a tally from stored counters, checking that every member's counts add up to the number of papers,
    /// which is what a store that lost or doubled an update would break.
    /// </summary>
    public static BallotTally Restore(IEnumerable<int> subjects, int papers, IReadOnlyDictionary<(int Subject, EvaluationLevel Level), int> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentOutOfRangeException.ThrowIfNegative(papers);
        var empty = new BallotTally(subjects);
        var restored = new int[empty.counts.Length];
        foreach (var ((subject, level), count) in stored)
        {
            if (!empty.index.TryGetValue(subject, out var i) || !EvaluationLevels.IsDefined(level))
            {
                throw new ArgumentException($"Bộ đếm có đảng viên mã {CellFormat.Number(subject)} không thuộc cuộc bỏ phiếu hoặc mức xếp loại không hợp lệ.", nameof(stored));
            }

            if (count < 0)
            {
                throw new ArgumentException("Bộ đếm phiếu không được âm.", nameof(stored));
            }

            restored[(i * Levels) + (int)level] = count;
        }

        for (var i = 0; i < empty.Subjects.Count; i++)
        {
            if (restored.AsSpan(i * Levels, Levels).ToArray().Sum() != papers)
            {
                throw new ArgumentException(
                    $"Tổng số phiếu của đảng viên mã {CellFormat.Number(empty.Subjects[i])} khác số phiếu đã bỏ ({CellFormat.Number(papers)}); bộ đếm không nhất quán.",
                    nameof(stored));
            }
        }

        return new BallotTally(empty, restored, papers);
    }

    /// <summary>A new tally with this paper counted.</summary>
    /// <exception cref="ArgumentException">The paper leaves out a member or names one not on this ballot.</exception>
    public BallotTally Add(BallotPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        foreach (var subject in paper.Choices.Keys)
        {
            if (!index.ContainsKey(subject))
            {
                throw new ArgumentException($"Phiếu có đảng viên mã {CellFormat.Number(subject)} không thuộc danh sách được đánh giá.", nameof(paper));
            }
        }

        foreach (var subject in Subjects)
        {
            if (!paper.Choices.ContainsKey(subject))
            {
                throw new ArgumentException($"Phiếu chưa chọn mức xếp loại cho đảng viên mã {CellFormat.Number(subject)}; phiếu phải chọn đủ cho mọi đảng viên.", nameof(paper));
            }
        }

        var next = (int[])counts.Clone();
        foreach (var (subject, level) in paper.Choices)
        {
            next[(index[subject] * Levels) + (int)level]++;
        }

        return new BallotTally(this, next, Papers + 1);
    }

    /// <summary>Votes per level for one member, every level present (zero when none).</summary>
    public IReadOnlyDictionary<EvaluationLevel, int> Counts(int subject)
    {
        if (!index.TryGetValue(subject, out var i))
        {
            throw new ArgumentException($"Đảng viên mã {CellFormat.Number(subject)} không thuộc cuộc bỏ phiếu này.", nameof(subject));
        }

        return EvaluationLevels.All.ToDictionary(l => l, l => counts[(i * Levels) + (int)l]);
    }

    /// <summary>The ballot rule applied to one member's counts.</summary>
    public BallotDecision Decide(int subject, int entitledVoters) => BallotDecision.Decide(Counts(subject), entitledVoters);

    public bool Equals(BallotTally? other) =>
        other is not null && Papers == other.Papers && Subjects.SequenceEqual(other.Subjects) && counts.AsSpan().SequenceEqual(other.counts);

    public override bool Equals(object? obj) => Equals(obj as BallotTally);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Papers);
        foreach (var s in Subjects)
        {
            hash.Add(s);
        }

        foreach (var c in counts)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }
}
