using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Data;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class AuditTests(SproutAppFactory app)
{
    [Fact]
    public async Task Changing_a_childs_name_is_logged_with_who_and_before_after()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        await using var db = factory.Create(new SchoolScope { SchoolId = schoolId, UserId = 42, UserName = "gv.kiemtra" });
        var child = await db.Children.OrderByDescending(c => c.Id).FirstAsync();
        var oldName = child.GivenName;
        child.GivenName = "Thư Ánh";
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal("Sửa", entry.Action);
        Assert.Equal("Child", entry.EntityType);
        Assert.Equal(child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        Assert.Equal("gv.kiemtra", entry.UserName);
        Assert.Contains(oldName, entry.Before, StringComparison.Ordinal);
        Assert.Contains("Thư Ánh", entry.After, StringComparison.Ordinal);
        Assert.True((await AuditVerifier.VerifyAsync(db, CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task Account_changes_are_logged_without_credentials()
    {
        using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        await using var db = factory.Create(SchoolScope.System);
        var user = await db.Users.OrderByDescending(u => u.Id).FirstAsync();
        user.PhoneNumber = "0911222333";
        user.AccessFailedCount++;
        await db.SaveChangesAsync();

        var entry = await db.AuditEntries.OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal("AppUser", entry.EntityType);
        Assert.Contains("0911222333", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessFailedCount", entry.After, StringComparison.Ordinal);

        // A change to counters alone is not personal data and leaves no entry.
        var count = await db.AuditEntries.CountAsync();
        user.AccessFailedCount++;
        await db.SaveChangesAsync();
        Assert.Equal(count, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task A_transaction_of_several_audited_saves_and_a_save_beside_it_both_complete_in_order()
    {
        // Before the audit lock was taken ahead of the transaction, this save beside it waited for SQLite's write lock
        // while holding the audit lock the transaction's second save needed: "database is locked" after 30 s on
        // SQLite, a wait without end on PostgreSQL (its advisory lock).
        var schoolId = await app.DemoSchoolIdAsync();
        using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        await using var first = factory.Create(new SchoolScope { SchoolId = schoolId, UserId = 7, UserName = "gv.giaodich" });
        await using var second = factory.Create(new SchoolScope { SchoolId = schoolId, UserId = 8, UserName = "gv.bencanh" });
        var pair = await first.Children.OrderBy(c => c.Id).Take(2).ToListAsync();
        var beside = await second.Children.OrderBy(c => c.Id).Skip(2).FirstAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var firstSaved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var transactionDone = Task.Run(async () =>
        {
            await using var transaction = await first.BeginAuditedTransactionAsync(CancellationToken.None);
            pair[0].AddressLine = $"Số 1 ngõ {marker}";
            await first.SaveChangesAsync();
            firstSaved.SetResult();
            await Task.Delay(300); // the save beside it is now waiting
            pair[1].AddressLine = $"Số 2 ngõ {marker}";
            await first.SaveChangesAsync();
            await transaction.CommitAsync(CancellationToken.None);
        });
        await firstSaved.Task;
        beside.AddressLine = $"Số 3 ngõ {marker}";
        await second.SaveChangesAsync();
        await transactionDone;

        var entries = await second.AuditEntries.AsNoTracking().Where(a => a.After != null && a.After.Contains(marker)).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["gv.giaodich", "gv.giaodich", "gv.bencanh"], entries.Select(e => e.UserName));
        Assert.True((await AuditVerifier.VerifyAsync(second, CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task Tampering_with_a_stored_entry_is_found_at_that_entry()
    {
        // A separate database: tampering must not disturb the shared fixture's chain.
        var own = new SproutAppFactory();
        await ((IAsyncLifetime)own).InitializeAsync();
        try
        {
            using var scope = own.Services.CreateAsyncScopeAndFactory(out var factory);
            await using var db = factory.Create(SchoolScope.System);
            var target = await db.AuditEntries.OrderBy(a => a.Sequence).Skip(9).Select(a => a.Sequence).FirstAsync();
            await db.AuditEntries.Where(a => a.Sequence == target).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, "kẻ gian"));

            var result = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
            Assert.Equal(target, result.FirstBrokenSequence);
        }
        finally
        {
            await ((IAsyncLifetime)own).DisposeAsync();
        }
    }
}
