using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sprout.Web.Platform.Data;

// Used only by `dotnet ef migrations add`: one factory per provider, one migrations set each.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSproutDbContext>
{
    public SqliteSproutDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSproutDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSproutDbContext>
{
    public PostgresSproutDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSproutDbContext>().UseNpgsql("Host=localhost;Database=sprout_design").Options);
}
