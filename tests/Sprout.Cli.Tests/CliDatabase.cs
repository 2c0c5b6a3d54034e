using Npgsql;

namespace Sprout.Cli.Tests;

/// <summary>A throwaway database for the CLI, on the provider the test run asks for (SPROUT_TEST_DB / SPROUT_TEST_PG).</summary>
public sealed class CliDatabase : IAsyncLifetime
{
    private string? _postgresAdmin;
    private string? _name;

    public string Provider { get; private set; } = "sqlite";
    public string ConnectionString { get; private set; } = string.Empty;
    public string Folder { get; } = Directory.CreateTempSubdirectory("sprout-cli-").FullName;

    /// <summary>The keys folder (HMAC key, audit checkpoints) of this database, never the working directory's data/keys.</summary>
    public string KeysFolder => Path.Combine(Folder, "keys");

    public string[] Args(params string[] command) => [.. command, "--provider", Provider, "--connection", ConnectionString, "--keys", KeysFolder];

    public async Task InitializeAsync()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("SPROUT_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            ConnectionString = $"Data Source={Path.Combine(Folder, "sprout.db")}";
            return;
        }
        _postgresAdmin = Environment.GetEnvironmentVariable("SPROUT_TEST_PG") ?? throw new InvalidOperationException("SPROUT_TEST_PG is required with SPROUT_TEST_DB=Postgres.");
        _name = $"sprout_cli_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(_postgresAdmin))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        Provider = "postgres";
        ConnectionString = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _name }.ToString();
    }

    public async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_name is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        if (Provider == "sqlite")
        {
            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            await sqlite.OpenAsync();
            await using var cmd = sqlite.CreateCommand();
            cmd.CommandText = sql;
            return await cmd.ExecuteScalarAsync();
        }
        await using var pg = new NpgsqlConnection(ConnectionString);
        await pg.OpenAsync();
        await using var pgCmd = new NpgsqlCommand(sql, pg);
        return await pgCmd.ExecuteScalarAsync();
    }

    public Task<int> ExecuteAsync(string sql) => Provider == "sqlite" ? Sqlite(sql) : Postgres(sql);

    private async Task<int> Sqlite(string sql)
    {
        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await sqlite.OpenAsync();
        await using var cmd = sqlite.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync();
    }

    private async Task<int> Postgres(string sql)
    {
        await using var pg = new NpgsqlConnection(ConnectionString);
        await pg.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, pg);
        return await cmd.ExecuteNonQueryAsync();
    }
}

public sealed record CliRun(int ExitCode, string Output, string Error);

public static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
