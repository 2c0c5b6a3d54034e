using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Search;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Search;

/// <summary>What the registers filter by. Empty values do not filter; signer and status apply to outgoing documents only.</summary>
public sealed record DocumentSearchFilter
{
    public string? Text { get; init; }
    public string? TypeCode { get; init; }
    public int? Year { get; init; }
    public string? Signer { get; init; }
    public DocumentStatus? Status { get; init; }
    public int Take { get; init; } = 200;
}

public sealed record OutgoingRow(int Id, string? NumberText, string TypeCode, string Title, DocumentStatus Status, int Year, DateOnly? IssuedOn, DateTimeOffset CreatedAt, string? SignerName);

public sealed record IncomingRow(int Id, int Year, int ArrivalNumber, DateOnly ReceivedOn, string Sender, string? TheirNumber, string TypeCode, string Summary, string? Handler, DateOnly? Deadline, TextExtraction TextExtraction, bool HasFile);

/// <summary>
/// The one search of both registers: full text without diacritics (see <see cref="FullTextIndex"/>) plus filters,
/// most relevant first, then newest. Every query starts from the school-filtered set (and, for outgoing documents,
/// from <see cref="DocumentService.Visible"/>, which hides Party documents from other roles).
/// </summary>
public sealed class DocumentSearch(SproutDbContext db, DocumentService documents)
{
    public async Task<IReadOnlyList<OutgoingRow>> OutgoingAsync(ClaimsPrincipal user, DocumentSearchFilter filter, CancellationToken ct)
    {
        var query = documents.Visible(user).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.TypeCode))
        {
            query = query.Where(d => d.TypeCode == filter.TypeCode);
        }
        if (filter.Year is { } year)
        {
            query = query.Where(d => d.Year == year);
        }
        if (!string.IsNullOrWhiteSpace(filter.Signer))
        {
            query = query.Where(d => d.SignerName == filter.Signer);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }
        var terms = SearchTerms.Parse(filter.Text);
        Task<List<OutgoingRow>> RunAsync(int window) =>
            (terms.IsEmpty ? query.Select(d => new { d, Rank = 0.0 }) : query.Join(FullTextIndex.Outgoing(db, terms, window), d => d.Id, h => h.Id, (d, h) => new { d, h.Rank }))
                .OrderByDescending(x => x.Rank).ThenBy(x => x.d.IssuedOn == null).ThenByDescending(x => x.d.IssuedOn).ThenByDescending(x => x.d.Id)
                .Take(filter.Take)
                .Select(x => new OutgoingRow(x.d.Id, x.d.NumberText, x.d.TypeCode, x.d.Title, x.d.Status, x.d.Year, x.d.IssuedOn, x.d.CreatedAt, x.d.SignerName))
                .ToListAsync(ct);
        var rows = await RunAsync(FullTextIndex.Window);
        return await WidenedAsync(terms, rows, filter.Take, () => FullTextIndex.Outgoing(db, terms, FullTextIndex.Window).CountAsync(ct), RunAsync);
    }

    /// <summary>
    /// When the filters left fewer rows than asked and the window of newest matches was full, older matches may
    /// pass the filters: search again over every match.
    /// </summary>
    private static async Task<IReadOnlyList<T>> WidenedAsync<T>(SearchTerms terms, List<T> rows, int take, Func<Task<int>> windowCount, Func<int, Task<List<T>>> run)
    {
        if (terms.IsEmpty || rows.Count >= take || await windowCount() < FullTextIndex.Window)
        {
            return rows;
        }
        return await run(FullTextIndex.Unbounded);
    }

    public async Task<IReadOnlyList<IncomingRow>> IncomingAsync(DocumentSearchFilter filter, CancellationToken ct)
    {
        var query = db.Set<IncomingDocument>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.TypeCode))
        {
            query = query.Where(d => d.TypeCode == filter.TypeCode);
        }
        if (filter.Year is { } year)
        {
            query = query.Where(d => d.Year == year);
        }
        var terms = SearchTerms.Parse(filter.Text);
        Task<List<IncomingRow>> RunAsync(int window) =>
            (terms.IsEmpty ? query.Select(d => new { d, Rank = 0.0 }) : query.Join(FullTextIndex.Incoming(db, terms, window), d => d.Id, h => h.Id, (d, h) => new { d, h.Rank }))
                .OrderByDescending(x => x.Rank).ThenByDescending(x => x.d.ReceivedOn).ThenByDescending(x => x.d.Id)
                .Take(filter.Take)
                .Select(x => new IncomingRow(x.d.Id, x.d.Year, x.d.ArrivalNumber, x.d.ReceivedOn, x.d.Sender, x.d.TheirNumber, x.d.TypeCode, x.d.Summary,
                    x.d.Handler, x.d.Deadline, x.d.TextExtraction, x.d.ScanPdf != null))
                .ToListAsync(ct);
        var rows = await RunAsync(FullTextIndex.Window);
        return await WidenedAsync(terms, rows, filter.Take, () => FullTextIndex.Incoming(db, terms, FullTextIndex.Window).CountAsync(ct), RunAsync);
    }

    /// <summary>The years and signers the outgoing register can be filtered by (of what this user may see).</summary>
    public async Task<(IReadOnlyList<int> Years, IReadOnlyList<string> Signers)> OutgoingChoicesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = documents.Visible(user).AsNoTracking();
        var years = await visible.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var signers = await visible.Where(d => d.SignerName != null).Select(d => d.SignerName!).Distinct().ToListAsync(ct);
        return (years, signers.Order(Sprout.Domain.Text.VietnameseCollation.Comparer).ToList());
    }

    public async Task<IReadOnlyList<int>> IncomingYearsAsync(CancellationToken ct) =>
        await db.Set<IncomingDocument>().Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
}
