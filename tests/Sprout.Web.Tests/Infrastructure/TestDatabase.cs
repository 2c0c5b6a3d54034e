using Npgsql;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, throwaway database for one fixture, on the provider the test run asks for:
/// SPROUT_TEST_DB=Sqlite (default) or Postgres with SPROUT_TEST_PG (a connection string to a server where we may create databases).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresAdmin, string? databaseName, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        PostgresAdmin = postgresAdmin;
        DatabaseName = databaseName;
        SqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public string? PostgresAdmin { get; }
    public string? DatabaseName { get; }
    public string? SqliteFile { get; }

    public static DatabaseProvider ProviderUnderTest =>
        string.Equals(Environment.GetEnvironmentVariable("SPROUT_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync()
    {
        if (ProviderUnderTest == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "sprout-tests");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"t{Guid.NewGuid():N}.db");
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", null, null, file);
        }
        var admin = Environment.GetEnvironmentVariable("SPROUT_TEST_PG")
            ?? throw new InvalidOperationException("SPROUT_TEST_DB=Postgres needs SPROUT_TEST_PG, a connection string to the test server (test.sh sets it).");
        var name = $"sprout_t{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE \"{name}\"";
            await cmd.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ToString(), admin, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (SqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { SqliteFile, SqliteFile + "-wal", SqliteFile + "-shm" })
            {
                File.Delete(f);
            }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)";
        await cmd.ExecuteNonQueryAsync();
    }
}
