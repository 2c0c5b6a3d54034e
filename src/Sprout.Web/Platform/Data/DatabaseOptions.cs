namespace Sprout.Web.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite defaults to a file under ./data/ beside the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/sprout.db";

    /// <summary>Apply pending migrations at start: right for the embedded single-instance default.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Turns EF Core's query warnings (a First without order, several collections in one query) into errors, so the
    /// tests find such a query instead of a log line nobody reads. Off by default: in production they stay warnings.
    /// </summary>
    public bool StrictQueries { get; set; }
}
