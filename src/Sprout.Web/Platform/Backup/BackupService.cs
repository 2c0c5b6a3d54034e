using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Backup;

public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Backs up and restores the whole database. SQLite uses the online backup API (consistent while the app runs);
/// PostgreSQL uses pg_dump/pg_restore in custom format. A restore checks the file first and changes nothing when it is bad.
/// </summary>
public sealed class BackupService(DatabaseOptions options)
{
    public async Task BackupAsync(string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(options.ConnectionString);
            await source.OpenAsync(ct);
            var temp = full + ".tmp";
            File.Delete(temp);
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }
            File.Move(temp, full, overwrite: true);
            return;
        }
        var pg = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        await RunAsync(PostgresTool("pg_dump"), ["--format=custom", "--no-owner", "--file", full, "--dbname", pg.Database!], pg, ct);
    }

    public async Task RestoreAsync(string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new BackupException($"Không tìm thấy tệp sao lưu \"{path}\".");
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await RestoreSqliteAsync(full, ct);
            return;
        }
        var pg = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        // Listing the archive's table of contents reads and checks it without touching the database.
        await RunAsync(PostgresTool("pg_restore"), ["--list", full], pg, ct, "Tệp sao lưu bị hỏng hoặc không phải bản sao lưu PostgreSQL của Sprout; dữ liệu hiện tại không bị thay đổi.");
        await RunAsync(PostgresTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", pg.Database!, full], pg, ct,
            "Khôi phục thất bại; mọi thay đổi đã được hoàn tác, dữ liệu hiện tại không bị thay đổi.");
    }

    private async Task RestoreSqliteAsync(string full, CancellationToken ct)
    {
        await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            try
            {
                await check.OpenAsync(ct);
                await using var cmd = check.CreateCommand();
                cmd.CommandText = "PRAGMA integrity_check";
                var result = (string?)await cmd.ExecuteScalarAsync(ct);
                cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Schools')";
                var tables = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                if (result != "ok" || tables != 2)
                {
                    throw new BackupException("Tệp sao lưu bị hỏng hoặc không phải bản sao lưu của Sprout; dữ liệu hiện tại không bị thay đổi.");
                }
            }
            catch (SqliteException ex)
            {
                throw new BackupException("Tệp sao lưu bị hỏng hoặc không phải cơ sở dữ liệu SQLite; dữ liệu hiện tại không bị thay đổi.", ex);
            }
        }
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var target = new SqliteConnection(options.ConnectionString);
        await source.OpenAsync(ct);
        await target.OpenAsync(ct);
        // The backup API replaces the live database page by page inside one SQLite transaction.
        source.BackupDatabase(target);
        SqliteConnection.ClearAllPools();
    }

    private static async Task RunAsync(string tool, IEnumerable<string> args, NpgsqlConnectionStringBuilder pg, CancellationToken ct, string? failureMessage = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["PGHOST"] = pg.Host;
        start.Environment["PGPORT"] = pg.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = pg.Username;
        if (!string.IsNullOrEmpty(pg.Password))
        {
            start.Environment["PGPASSWORD"] = pg.Password;
        }
        using var process = Process.Start(start) ?? throw new BackupException($"Không chạy được {tool}.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException((failureMessage ?? $"{Path.GetFileName(tool)} thất bại.") + " Chi tiết: " + (await stderr).Trim());
        }
    }

    /// <summary>Finds pg_dump/pg_restore on PATH or in Debian's versioned folder.</summary>
    private static string PostgresTool(string name)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", name)).FirstOrDefault(File.Exists)
            : null;
        return debian ?? throw new BackupException($"Không tìm thấy {name}: hãy cài gói postgresql-client.");
    }
}
