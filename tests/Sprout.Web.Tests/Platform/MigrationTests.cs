using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Tests.Platform;

public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteSproutDbContext(new DbContextOptionsBuilder<SqliteSproutDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteSproutDbContext");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresSproutDbContext(new DbContextOptionsBuilder<PostgresSproutDbContext>().UseNpgsql("Host=localhost").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresSproutDbContext");
    }
}
