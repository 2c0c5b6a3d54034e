using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Search;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Search;

/// <summary>One match of the full-text index: the row's id and its relevance (higher is better on both databases).</summary>
public sealed class FullTextHit
{
    public int Id { get; set; }
    public double Rank { get; set; }
}

/// <summary>
/// The full-text index over the folded text of the two registers, one query per database. The SQL only reads the
/// index; the caller joins it to the entity set, so the school filter and the Party rule still apply in LINQ.
/// SQLite: FTS5 tables <c>OutgoingDocumentFts</c> / <c>IncomingDocumentFts</c> (external content, kept in step by
/// triggers). PostgreSQL: the stored generated column <c>SearchVector</c> with a GIN index, and <c>HeadVector</c> to rank.
/// They are created by the <c>DocumentSearch</c> and <c>SearchHeads</c> migrations and are not in the EF model.
/// </summary>
public static class FullTextIndex
{
    /// <summary>
    /// How many of the newest matches are ranked. Ranking every match of a broad query (half the register) costs
    /// hundreds of milliseconds; the newest few thousand are what a register search is for. The caller widens the
    /// window when its filters leave too few rows of a full window.
    /// </summary>
    public const int Window = 2000;

    public const int Unbounded = int.MaxValue;

    // ORDER BY rowid DESC walks FTS5's doclists newest first and stops at the limit; bm25 runs only on the rows returned.
    private const string SqliteOutgoing =
        "SELECT rowid AS \"Id\", -bm25(\"OutgoingDocumentFts\") AS \"Rank\" FROM \"OutgoingDocumentFts\" WHERE \"OutgoingDocumentFts\" MATCH {0} ORDER BY rowid DESC LIMIT {1}";

    private const string SqliteIncoming =
        "SELECT rowid AS \"Id\", -bm25(\"IncomingDocumentFts\") AS \"Rank\" FROM \"IncomingDocumentFts\" WHERE \"IncomingDocumentFts\" MATCH {0} ORDER BY rowid DESC LIMIT {1}";

    // The school narrows the window to the school's own rows; the caller's LINQ still applies the school filter and the Party rule.
    // Matches are ranked by their heading's small vector: ts_rank over a whole body (a hundred lexemes with positions,
    // every pair of positions compared for an AND query) cost more than the rest of the search together.
    private const string PostgresOutgoing =
        "SELECT d.\"Id\", ts_rank(d.\"HeadVector\", to_tsquery('simple', {1}))::float8 AS \"Rank\" FROM \"OutgoingDocument\" d " +
        "WHERE d.\"SearchVector\" @@ to_tsquery('simple', {0}) AND d.\"SchoolId\" = {3} ORDER BY d.\"Id\" DESC LIMIT {2}";

    private const string PostgresIncoming =
        "SELECT d.\"Id\", ts_rank(d.\"HeadVector\", to_tsquery('simple', {1}))::float8 AS \"Rank\" FROM \"IncomingDocument\" d " +
        "WHERE d.\"SearchVector\" @@ to_tsquery('simple', {0}) AND d.\"SchoolId\" = {3} ORDER BY d.\"Id\" DESC LIMIT {2}";

    public static IQueryable<FullTextHit> Outgoing(SproutDbContext db, SearchTerms terms, int window) =>
        db is PostgresSproutDbContext
            ? db.Database.SqlQueryRaw<FullTextHit>(PostgresOutgoing, terms.ToTsQuery(), terms.ToTsRankQuery(), window, db.Scope.SchoolId ?? 0)
            : db.Database.SqlQueryRaw<FullTextHit>(SqliteOutgoing, terms.ToFts5Match(), window);

    public static IQueryable<FullTextHit> Incoming(SproutDbContext db, SearchTerms terms, int window) =>
        db is PostgresSproutDbContext
            ? db.Database.SqlQueryRaw<FullTextHit>(PostgresIncoming, terms.ToTsQuery(), terms.ToTsRankQuery(), window, db.Scope.SchoolId ?? 0)
            : db.Database.SqlQueryRaw<FullTextHit>(SqliteIncoming, terms.ToFts5Match(), window);
}
