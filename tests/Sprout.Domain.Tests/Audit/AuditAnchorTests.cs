using Sprout.Domain.Audit;

namespace Sprout.Domain.Tests.Audit;

/// <summary>The three attacks on a stored audit chain, each against the HMAC key and the checkpoints.</summary>
public class AuditAnchorTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    /// <summary>A chain of <paramref name="count"/> entries; HMACs from <paramref name="anchoredFrom"/> on, as after an upgrade.</summary>
    private static List<AnchoredAuditRecord> Chain(int count, long anchoredFrom = 1, Func<int, string>? after = null)
    {
        var chain = new List<AnchoredAuditRecord>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord(i, new DateTimeOffset(2026, 11, 24, 8, 0, i, TimeSpan.Zero), 7, "gv.lan", 1,
                "Child", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Sửa", "{\"Ten\":\"An\"}", after?.Invoke(i) ?? "{\"Ten\":\"Ánh\"}");
            var hash = AuditChain.ComputeHash(previous, record);
            chain.Add(new AnchoredAuditRecord(new ChainedAuditRecord(record, previous, hash), i >= anchoredFrom ? AuditAnchor.ComputeMac(Key, hash) : null));
            previous = hash;
        }
        return chain;
    }

    private static AuditCheckpoint CheckpointOf(List<AnchoredAuditRecord> chain, long anchoredFrom = 1) =>
        new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), chain.Count, chain[^1].Link.Hash, chain.Count, anchoredFrom);

    /// <summary>What a database administrator without the key can do: rewrite entry <paramref name="at"/> and recompute every hash after it.</summary>
    private static List<AnchoredAuditRecord> Recompute(List<AnchoredAuditRecord> chain, int at, bool dropMacs = false)
    {
        var rewritten = new List<AnchoredAuditRecord>();
        var previous = AuditChain.GenesisHash;
        foreach (var item in chain)
        {
            var record = item.Link.Record.Sequence == at ? item.Link.Record with { After = "{\"Ten\":\"Kẻ gian\"}" } : item.Link.Record;
            var hash = AuditChain.ComputeHash(previous, record);
            rewritten.Add(new AnchoredAuditRecord(new ChainedAuditRecord(record, previous, hash), dropMacs && item.Link.Record.Sequence >= at ? null : item.Mac));
            previous = hash;
        }
        return rewritten;
    }

    [Fact]
    public void An_untouched_anchored_chain_with_its_checkpoint_verifies_and_says_where_it_is_anchored()
    {
        var chain = Chain(10, anchoredFrom: 4);
        var result = AuditAnchor.Verify(chain, Key, [CheckpointOf(chain, 4)]);
        Assert.True(result.IsIntact, result.Reason);
        Assert.Equal(4, result.AnchoredFrom);
        Assert.True(result.MacChecked);
        Assert.Null(result.Unverified);
        Assert.Equal(10, result.LastCheckpoint!.Sequence);
    }

    [Fact]
    public void An_edited_entry_is_found_at_that_entry()
    {
        var chain = Chain(10);
        chain[5] = chain[5] with { Link = chain[5].Link with { Record = chain[5].Link.Record with { UserName = "kẻ gian" } } };
        var result = AuditAnchor.Verify(chain, Key, [CheckpointOf(Chain(10))]);
        Assert.Equal(6, result.FirstBrokenSequence);
    }

    [Fact]
    public void Deleting_the_last_entries_is_found_by_the_checkpoint()
    {
        var chain = Chain(10);
        var checkpoint = CheckpointOf(chain);
        var truncated = chain.Take(7).ToList();

        Assert.True(AuditChain.Verify(truncated.Select(r => r.Link)).IsIntact); // the hash chain alone cannot see it
        var result = AuditAnchor.Verify(truncated, Key, [checkpoint]);
        Assert.Equal(8, result.FirstBrokenSequence);
        Assert.Contains("các bản ghi cuối đã bị xóa", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Nhật ký chỉ còn 7 bản ghi", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_the_last_entries_and_writing_new_ones_in_their_place_is_found_by_the_checkpoints_hash()
    {
        var chain = Chain(10);
        var checkpoint = CheckpointOf(chain);
        var replaced = Chain(12, after: i => i >= 8 ? "{\"Ten\":\"Khác\"}" : "{\"Ten\":\"Ánh\"}");
        // Even with the key (an insider who has it is out of scope), a different entry 10 differs from the checkpoint.
        var result = AuditAnchor.Verify(replaced, Key, [checkpoint]);
        Assert.Equal(10, result.FirstBrokenSequence);
        Assert.Contains("chuỗi đã bị viết lại", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriting_an_entry_and_recomputing_every_later_hash_fails_the_hmac_without_a_checkpoint()
    {
        var rewritten = Recompute(Chain(10), at: 6);
        Assert.True(AuditChain.Verify(rewritten.Select(r => r.Link)).IsIntact); // the hash chain alone cannot see it
        var result = AuditAnchor.Verify(rewritten, Key, []);
        Assert.Equal(6, result.FirstBrokenSequence);
        Assert.Contains("HMAC", result.Reason, StringComparison.Ordinal);
        Assert.NotNull(result.Unverified); // and it says that no checkpoint exists yet
    }

    [Fact]
    public void Rewriting_and_dropping_the_hmacs_is_found_from_the_anchor_the_checkpoints_recorded()
    {
        var chain = Chain(10, anchoredFrom: 3);
        var checkpoint = CheckpointOf(chain, 3) with { Sequence = 5, Hash = chain[4].Link.Hash, Count = 5 };
        var rewritten = Recompute(chain, at: 3, dropMacs: true);
        var result = AuditAnchor.Verify(rewritten, null, [checkpoint]);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(3, result.AnchoredFrom);
    }

    [Fact]
    public void Without_the_key_the_check_says_what_it_could_not_verify()
    {
        var chain = Chain(10);
        var result = AuditAnchor.Verify(chain, null, [CheckpointOf(chain)]);
        Assert.True(result.IsIntact);
        Assert.False(result.MacChecked);
        Assert.Contains("Không có khóa HMAC", result.Unverified, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_written_before_the_anchor_verify_by_the_hash_chain_alone()
    {
        var chain = Chain(6, anchoredFrom: long.MaxValue);
        var result = AuditAnchor.Verify(chain, Key, []);
        Assert.True(result.IsIntact);
        Assert.Null(result.AnchoredFrom);
    }

    [Fact]
    public void A_checkpoint_line_round_trips_and_a_torn_line_is_skipped()
    {
        var chain = Chain(3);
        var checkpoint = CheckpointOf(chain);
        Assert.Equal(checkpoint, AuditCheckpoint.TryParse(checkpoint.ToLine()));
        Assert.Null(AuditCheckpoint.TryParse(checkpoint.ToLine()[..20]));
        Assert.Null(AuditCheckpoint.TryParse(""));
    }
}
