using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// The attacks of a database administrator on the audit log (docs/decisions/0140-audit-anchor.md), on a database of
/// its own: an edited entry, an entry rewritten with every later hash recomputed, the last entries deleted.
/// </summary>
public class AuditAnchorTests
{
    /// <summary>Checkpoints in a folder of their own, as <c>Audit:CheckpointFolder</c> allows.</summary>
    private sealed class AnchoredApp : SproutAppFactory
    {
        public string CheckpointFolder { get; } = Path.Combine(Path.GetTempPath(), $"sprout-checkpoints-{Guid.NewGuid():N}");

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Audit:CheckpointFolder"] = CheckpointFolder };
    }

    private static async Task<string> AuditPageAsync(SproutAppFactory app, int schoolId)
    {
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/quan-tri/nhat-ky");
        request.Headers.Add(TestAuthHandler.Header, string.Join(';', Roles.Principal, $"{ClaimTypes.NameIdentifier}=1", $"{ClaimTypes.Name}=kiem-thu", $"{SproutClaims.School}={schoolId}"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Rewrites entry <paramref name="at"/> and recomputes every later hash, as one who can write the table but has no key can.</summary>
    private static async Task RecomputeFromAsync(SproutDbContext db, long at)
    {
        var entries = await db.AuditEntries.OrderBy(a => a.Sequence).Where(a => a.Sequence >= at - 1).ToListAsync();
        var previous = entries[0].Hash;
        foreach (var entry in entries.Skip(1))
        {
            if (entry.Sequence == at)
            {
                entry.UserName = "kẻ gian";
            }
            var record = new AuditRecord(entry.Sequence, entry.At, entry.UserId, entry.UserName, entry.SchoolId, entry.EntityType, entry.EntityKey, entry.Action, entry.Before, entry.After);
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.ComputeHash(previous, record);
            previous = entry.Hash;
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static async Task RestoreAsync(SproutDbContext db, List<AuditEntry> original)
    {
        foreach (var o in original)
        {
            await db.AuditEntries.Where(a => a.Sequence == o.Sequence).ExecuteUpdateAsync(u => u
                .SetProperty(a => a.UserName, o.UserName).SetProperty(a => a.PreviousHash, o.PreviousHash).SetProperty(a => a.Hash, o.Hash).SetProperty(a => a.Mac, o.Mac));
        }
    }

    [Fact]
    public async Task Edits_recomputed_chains_and_deleted_last_entries_are_each_found_by_verify_and_on_the_audit_page()
    {
        var app = new AnchoredApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
            await using var db = factory.Create(SchoolScope.System);
            var anchoring = app.Services.GetRequiredService<AuditAnchoring>();
            var schoolId = await app.DemoSchoolIdAsync();

            // The worker's start-up checkpoint first, so it cannot land in the middle of an attack.
            for (var i = 0; i < 100 && anchoring.ReadCheckpoints().Count == 0; i++)
            {
                await Task.Delay(100);
            }
            var checkpoint = await anchoring.CheckpointAsync(db, force: true, CancellationToken.None);
            var head = checkpoint!.Sequence;
            Assert.True(head > 20);
            var original = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
            var intact = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.True(intact.IsIntact, intact.Reason);
            Assert.Equal(1, intact.AnchoredFrom); // a new database: every entry carries an HMAC
            Assert.True(intact.MacChecked);
            Assert.Null(intact.Unverified);
            Assert.All(original, e => Assert.Equal(AuditAnchor.ComputeMac(anchoring.KeyForChecking()!, e.Hash), e.Mac));

            // Key and checkpoints live outside the database, readable by the service account alone.
            Assert.StartsWith(app.CheckpointFolder, anchoring.CheckpointFile, StringComparison.Ordinal);
            Assert.StartsWith(app.KeysFolder, anchoring.KeyFile, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(anchoring.KeyFile));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(anchoring.CheckpointFile));
            }
            Assert.Contains("Mã xác thực HMAC được kiểm tra từ bản ghi số 1", await AuditPageAsync(app, schoolId), StringComparison.Ordinal);

            // 1. An edited entry.
            var edited = head - 10;
            await db.AuditEntries.Where(a => a.Sequence == edited).ExecuteUpdateAsync(u => u.SetProperty(a => a.UserName, "kẻ gian"));
            var edit = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.Equal(edited, edit.FirstBrokenSequence);
            Assert.Contains("đã bị thay đổi", edit.Reason, StringComparison.Ordinal);
            await RestoreAsync(db, original);

            // 2. An entry rewritten with every later hash recomputed: the hash chain holds, the HMAC does not.
            var rewritten = head - 5;
            await RecomputeFromAsync(db, rewritten);
            var recomputed = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.Equal(rewritten, recomputed.FirstBrokenSequence);
            Assert.Contains("HMAC", recomputed.Reason, StringComparison.Ordinal);
            Assert.Contains($"Chuỗi nhật ký bị phá vỡ tại bản ghi số {rewritten}", await AuditPageAsync(app, schoolId), StringComparison.Ordinal);
            await RestoreAsync(db, original);
            Assert.True((await AuditVerifier.VerifyAsync(db, CancellationToken.None)).IsIntact);

            // 3. The last entries deleted: the hash chain holds, the checkpoint does not.
            await db.AuditEntries.Where(a => a.Sequence > head - 3).ExecuteDeleteAsync();
            var truncated = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.Equal(head - 2, truncated.FirstBrokenSequence);
            Assert.Contains("các bản ghi cuối đã bị xóa", truncated.Reason, StringComparison.Ordinal);
            Assert.Contains("các bản ghi cuối đã bị xóa", await AuditPageAsync(app, schoolId), StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
            if (Directory.Exists(app.CheckpointFolder))
            {
                Directory.Delete(app.CheckpointFolder, recursive: true);
            }
        }
    }
}
