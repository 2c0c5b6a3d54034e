using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Backup;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class BackupTests(SproutAppFactory app)
{
    [Fact]
    public async Task Backup_then_restore_brings_back_every_row()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sprout-backup-{Guid.NewGuid():N}.bak");
        using var scope = app.Services.CreateScope();
        var backup = scope.ServiceProvider.GetRequiredService<BackupService>();
        var before = await SnapshotAsync();
        await backup.BackupAsync(file, CancellationToken.None);

        await app.WithDbAsync(async db =>
        {
            await db.Schools.ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Tên đã bị đổi"));
            return await db.ChildGuardians.Where(cg => cg.Id % 2 == 0).ExecuteDeleteAsync();
        });
        Assert.NotEqual(before, await SnapshotAsync());

        await backup.RestoreAsync(file, CancellationToken.None);
        Assert.Equal(before, await SnapshotAsync());
        File.Delete(file);
    }

    [Fact]
    public async Task Corrupt_backup_is_refused_in_Vietnamese_and_current_data_is_untouched()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sprout-corrupt-{Guid.NewGuid():N}.bak");
        await File.WriteAllBytesAsync(file, [.. System.Text.Encoding.UTF8.GetBytes("đây không phải bản sao lưu"), .. new byte[4096]]);
        using var scope = app.Services.CreateScope();
        var backup = scope.ServiceProvider.GetRequiredService<BackupService>();
        var before = await SnapshotAsync();

        var error = await Assert.ThrowsAsync<BackupException>(() => backup.RestoreAsync(file, CancellationToken.None));
        Assert.Contains("dữ liệu hiện tại không bị thay đổi", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        File.Delete(file);
    }

    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var schools = await db.Schools.OrderBy(s => s.Id).Select(s => s.Name).ToListAsync();
        var links = await db.ChildGuardians.CountAsync();
        var children = await db.Children.CountAsync();
        var audit = await db.AuditEntries.CountAsync();
        var users = await db.Users.CountAsync();
        return $"{string.Join('|', schools)};{links};{children};{audit};{users}";
    });
}
