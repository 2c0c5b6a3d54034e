using Sprout.Domain.Audit;

namespace Sprout.Domain.Tests.Audit;

public class AuditChainTests
{
    private static List<ChainedAuditRecord> BuildChain(int count)
    {
        var chain = new List<ChainedAuditRecord>();
        var previous = AuditChain.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord(i, new DateTimeOffset(2026, 11, 24, 8, 0, i, TimeSpan.Zero), 7, "gv.lan", 1,
                "Child", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Sửa", "{\"Ten\":\"An\"}", "{\"Ten\":\"Ánh\"}");
            var hash = AuditChain.ComputeHash(previous, record);
            chain.Add(new ChainedAuditRecord(record, previous, hash));
            previous = hash;
        }
        return chain;
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var result = AuditChain.Verify(BuildChain(5));
        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Checked);
    }

    [Fact]
    public void Editing_a_record_breaks_the_chain_at_that_record()
    {
        var chain = BuildChain(5);
        chain[2] = chain[2] with { Record = chain[2].Record with { After = "{\"Ten\":\"Bình\"}" } };
        var result = AuditChain.Verify(chain);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("số 3", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_record_is_reported_as_a_gap()
    {
        var chain = BuildChain(5);
        chain.RemoveAt(1);
        Assert.Equal(2, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Recomputing_one_hash_still_breaks_the_next_link()
    {
        var chain = BuildChain(4);
        var forged = chain[1].Record with { UserName = "admin" };
        chain[1] = chain[1] with { Record = forged, Hash = AuditChain.ComputeHash(chain[1].PreviousHash, forged) };
        Assert.Equal(3, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Storable_time_keeps_whole_microseconds()
    {
        var at = new DateTimeOffset(638_999_999_999_999_999, TimeSpan.Zero);
        Assert.Equal(638_999_999_999_999_990, AuditChain.StorableTime(at).UtcTicks);
    }
}
