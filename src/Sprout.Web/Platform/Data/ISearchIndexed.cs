using Microsoft.EntityFrameworkCore;

namespace Sprout.Web.Platform.Data;

/// <summary>
/// A row whose folded text (<c>Folded</c>) is the source of a full-text index. The context refolds every added or
/// modified row before it saves, so no writer (page, CLI, seeder, import) can leave the index behind its fields.
/// </summary>
public interface ISearchIndexed
{
    int Id { get; }

    string Folded { get; set; }

    void Refold();
}

/// <summary>Keeps the folded search text in step with the rows, on save and after a migration that cleared it.</summary>
public static class SearchText
{
    public static void RefoldChanged(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<ISearchIndexed>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Refold();
            }
        }
    }

    /// <summary>
    /// Refolds the rows a migration marked stale by emptying <c>Folded</c> (when what is folded changes: SQL cannot
    /// fold Vietnamese the way <see cref="Domain.Text.TextFolding"/> does on SQLite). Runs in batches (a row may carry its signed PDF), once per row.
    /// </summary>
    public static async Task<int> RefoldStaleAsync<T>(SproutDbContext db, CancellationToken ct)
        where T : class, ISearchIndexed
    {
        var (total, after) = (0, 0);
        while (true)
        {
            var batch = await db.Set<T>().Where(r => r.Folded == string.Empty && r.Id > after).OrderBy(r => r.Id).Take(100).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }
            foreach (var row in batch)
            {
                row.Refold();
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            (total, after) = (total + batch.Count, batch[^1].Id);
        }
    }
}
