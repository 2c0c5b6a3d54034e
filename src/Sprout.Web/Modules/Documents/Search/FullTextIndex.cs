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
/// triggers). PostgreSQL: the stored generated column <c>SearchVector</c> with a GIN index. Both are created by the
/// <c>DocumentSearch</c> migration and are not in the EF model.
/// </summary>
internal static class FullTextIndex
{
    private const string SqliteOutgoing =
        "SELECT rowid AS \"Id\", -bm25(\"OutgoingDocumentFts\") AS \"Rank\" FROM \"OutgoingDocumentFts\" WHERE \"OutgoingDocumentFts\" MATCH {0}";

    private const string SqliteIncoming =
        "SELECT rowid AS \"Id\", -bm25(\"IncomingDocumentFts\") AS \"Rank\" FROM \"IncomingDocumentFts\" WHERE \"IncomingDocumentFts\" MATCH {0}";

    private const string PostgresOutgoing =
        "SELECT d.\"Id\", ts_rank(d.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"OutgoingDocument\" d, to_tsquery('simple', {0}) q WHERE d.\"SearchVector\" @@ q";

    private const string PostgresIncoming =
        "SELECT d.\"Id\", ts_rank(d.\"SearchVector\", q)::float8 AS \"Rank\" FROM \"IncomingDocument\" d, to_tsquery('simple', {0}) q WHERE d.\"SearchVector\" @@ q";

    public static IQueryable<FullTextHit> Outgoing(SproutDbContext db, SearchTerms terms) =>
        db is PostgresSproutDbContext
            ? db.Database.SqlQueryRaw<FullTextHit>(PostgresOutgoing, terms.ToTsQuery())
            : db.Database.SqlQueryRaw<FullTextHit>(SqliteOutgoing, terms.ToFts5Match());

    public static IQueryable<FullTextHit> Incoming(SproutDbContext db, SearchTerms terms) =>
        db is PostgresSproutDbContext
            ? db.Database.SqlQueryRaw<FullTextHit>(PostgresIncoming, terms.ToTsQuery())
            : db.Database.SqlQueryRaw<FullTextHit>(SqliteIncoming, terms.ToFts5Match());
}
