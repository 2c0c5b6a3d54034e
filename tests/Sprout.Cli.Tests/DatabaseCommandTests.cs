using System.Globalization;

namespace Sprout.Cli.Tests;

public class DatabaseCommandTests : IAsyncLifetime
{
    private readonly CliDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private static string Quote(string name, string provider) => provider == "sqlite" ? $"\"{name}\"" : $"\"{name}\"";

    private async Task<long> CountAsync(string table) =>
        Convert.ToInt64(await _db.ScalarAsync($"SELECT count(*) FROM {Quote(table, _db.Provider)}"), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Seed_builds_a_ward_of_two_schools_then_audit_verify_backup_and_restore_round_trip()
    {
        var seed = await Cli.RunAsync(_db.Args("demo", "seed", "--schools", "2"));
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("Đã tạo dữ liệu mẫu: 2 trường, 24 lớp", seed.Output, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("Schools"));
        var children = await CountAsync("Children");
        Assert.InRange(children, 600, 800);

        var verify = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("Chuỗi nhật ký toàn vẹn:", verify.Output, StringComparison.Ordinal);

        var backupFile = Path.Combine(_db.Folder, "sao-luu.bak");
        var backup = await Cli.RunAsync(_db.Args("backup", "--output", backupFile));
        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("không nằm trong bản sao lưu: hãy sao lưu riêng thư mục này", backup.Output, StringComparison.Ordinal);
        await _db.ExecuteAsync("DELETE FROM \"ChildGuardians\"");
        await _db.ExecuteAsync("UPDATE \"Schools\" SET \"Name\" = 'Đã đổi'");
        Assert.Equal(0, await CountAsync("ChildGuardians"));

        var corrupt = Path.Combine(_db.Folder, "hong.bak");
        await File.WriteAllTextAsync(corrupt, "không phải bản sao lưu");
        var refused = await Cli.RunAsync(_db.Args("restore", "--input", corrupt));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("dữ liệu hiện tại không bị thay đổi", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("ChildGuardians"));

        Assert.Equal(0, (await Cli.RunAsync(_db.Args("restore", "--input", backupFile))).ExitCode);
        Assert.Equal(children * 2, await CountAsync("ChildGuardians"));
        Assert.Equal("Trường Mầm non Đô Thị Việt Hưng", await _db.ScalarAsync("SELECT \"Name\" FROM \"Schools\" ORDER BY \"Id\" LIMIT 1"));

        await _db.ExecuteAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'kẻ gian' WHERE \"Sequence\" = 7");
        var broken = await Cli.RunAsync(_db.Args("audit", "verify"));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("bản ghi số 7", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_schema_and_can_run_twice()
    {
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("db", "migrate"))).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("db", "migrate"))).ExitCode);
        Assert.Equal(0, await CountAsync("Schools"));
        Assert.Equal(13, await CountAsync("AspNetRoles"));
    }

    [Theory]
    [InlineData("khong-co-lenh")]
    [InlineData("demo", "seed", "--schools", "0")]
    [InlineData("backup")]
    public async Task A_wrong_command_line_prints_the_usage_and_exits_2(params string[] args)
    {
        var run = await Cli.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cách dùng: sprout", run.Error, StringComparison.Ordinal);
    }
}
