using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Data;

/// <summary>Start-up work: migrations (when configured), the role list, search text a migration marked stale, and the demo school on an empty database.</summary>
public sealed class DatabaseInitializer(
    SproutDbContextFactory contexts, DatabaseOptions options, IConfiguration configuration, DemoSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (options.MigrateOnStart)
        {
            await MigrateAsync(ct);
        }
        if (configuration.GetValue("Demo:SeedOnStart", false))
        {
            await using var db = contexts.Create(SchoolScope.System);
            if (!await db.Schools.AnyAsync(ct))
            {
                await seeder.SeedAsync(configuration.GetValue("Demo:Schools", 1), ct);
            }
        }
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        await db.Database.MigrateAsync(ct);
        await EnsureRolesAsync(db, ct);
        var refolded = await SearchText.RefoldStaleAsync<Web.Modules.Documents.OutgoingDocument>(db, ct)
            + await SearchText.RefoldStaleAsync<Web.Modules.Documents.IncomingDocument>(db, ct);
        if (refolded > 0)
        {
            logger.LogInformation("Search text rebuilt for {Count} documents.", refolded);
        }
        logger.LogInformation("Database migrated ({Provider}).", options.Provider);
    }

    public static async Task EnsureRolesAsync(SproutDbContext db, CancellationToken ct)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new AppRole(role!) { NormalizedName = role!.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }
        await db.SaveChangesAsync(ct);
    }
}
