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
