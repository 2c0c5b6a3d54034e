using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Data;

namespace Sprout.Cli.Tests;

/// <summary>`sprout audit verify` and `sprout audit checkpoint` against each attack of docs/decisions/0140-audit-anchor.md.</summary>
public class AuditCommandTests : IAsyncLifetime
{
    private readonly CliDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    /// <summary>The same database through EF, as someone who can write its tables (but has no key) would see it.</summary>
    private async Task WithContextAsync(Func<SproutDbContext, Task> work)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _db.Provider == "postgres" ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = _db.ConnectionString,
            ["DataProtection:KeysFolder"] = Path.Combine(_db.Folder, "no-keys-here"),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSproutData(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var db = provider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        await work(db);
    }

    [Fact]
    public async Task Verify_finds_a_recomputed_chain_a_missing_key_and_deleted_last_entries_after_a_checkpoint()
    {
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("demo", "seed", "--schools", "1"))).ExitCode);
        var verify = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("Mã xác thực HMAC: từ bản ghi số 1", verify.Output, StringComparison.Ordinal);
        Assert.Contains("Chưa có điểm mốc nào", verify.Output, StringComparison.Ordinal);

        var checkpoint = await Cli.RunAsync(_db.Args("audit", "checkpoint"));
        Assert.Equal(0, checkpoint.ExitCode);
        var keyFile = Path.Combine(_db.KeysFolder, AuditAnchoring.KeyFileName);
        var checkpointFile = Path.Combine(_db.KeysFolder, AuditAnchoring.CheckpointFileName);
        Assert.Contains(checkpointFile, checkpoint.Output, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(checkpointFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(checkpointFile));
        }
        var head = AuditCheckpoint.TryParse(File.ReadAllLines(checkpointFile)[0])!.Sequence;
        Assert.Contains("Khớp với điểm mốc", (await Cli.RunAsync(_db.Args("audit", "verify"))).Output, StringComparison.Ordinal);

        // An entry rewritten and every later hash recomputed: the HMAC, made with a key the database does not hold, fails.
        var rewritten = head - 4;
        List<AuditEntry> original = [];
        await WithContextAsync(async db =>
        {
            original = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= rewritten).OrderBy(a => a.Sequence).ToListAsync();
            var entries = await db.AuditEntries.Where(a => a.Sequence >= rewritten).OrderBy(a => a.Sequence).ToListAsync();
            var previous = entries[0].PreviousHash;
            foreach (var e in entries)
            {
                if (e.Sequence == rewritten)
                {
                    e.UserName = "kẻ gian";
                }
                e.PreviousHash = previous;
                e.Hash = previous = AuditChain.ComputeHash(previous, new AuditRecord(e.Sequence, e.At, e.UserId, e.UserName, e.SchoolId, e.EntityType, e.EntityKey, e.Action, e.Before, e.After));
            }
            await db.SaveChangesAsync();
        });
        var recomputed = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(1, recomputed.ExitCode);
        Assert.Contains($"bản ghi số {rewritten}", recomputed.Error, StringComparison.Ordinal);
        Assert.Contains("HMAC", recomputed.Error, StringComparison.Ordinal);
        await WithContextAsync(async db =>
        {
            foreach (var o in original)
            {
                await db.AuditEntries.Where(a => a.Sequence == o.Sequence)
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.UserName, o.UserName).SetProperty(a => a.PreviousHash, o.PreviousHash).SetProperty(a => a.Hash, o.Hash));
            }
        });
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("audit", "verify"))).ExitCode);

        // Where the key is missing, verify does not vouch for the chain.
        File.Move(keyFile, keyFile + ".away");
        var keyless = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(1, keyless.ExitCode);
        Assert.Contains("Không kiểm tra được mã xác thực HMAC", keyless.Error, StringComparison.Ordinal);
        File.Move(keyFile + ".away", keyFile);

        // The last entries deleted: the chain that is left is whole, but shorter than the checkpoint.
        await _db.ExecuteAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {head - 3}");
        var truncated = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains($"bản ghi số {head - 2}", truncated.Error, StringComparison.Ordinal);
        Assert.Contains("các bản ghi cuối đã bị xóa", truncated.Error, StringComparison.Ordinal);
        var refused = await Cli.RunAsync(_db.Args("audit", "checkpoint"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Single(File.ReadAllLines(checkpointFile)); // a broken chain is never checkpointed
    }
}
