using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Portal;

/// <summary>
/// What the public portal may read. No one is signed in, so the school scope hides every row: each query
/// ignores the filter and names the school from the URL itself, and reads only what the school has published.
/// </summary>
public static class PortalQueries
{
    /// <summary>Issued, signed administrative documents the clerk marked public when issuing; never a Party document.</summary>
    public static IQueryable<OutgoingDocument> PublicDocuments(SproutDbContext db, int schoolId) =>
        PublicDocumentsOfEverySchool(db).Where(d => d.SchoolId == schoolId);

    /// <summary>The same rule across schools: for the sitemap, which lists every school's public documents.</summary>
    public static IQueryable<OutgoingDocument> PublicDocumentsOfEverySchool(SproutDbContext db) =>
        db.Set<OutgoingDocument>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Public && d.Status == DocumentStatus.Issued && d.Kind == DocumentKind.Administrative && d.SignedPdf != null);

    /// <summary>Newest first: by issue date, then by number within the day.</summary>
    public static IQueryable<PortalDocument> Rows(IQueryable<OutgoingDocument> documents) =>
        documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number).ThenByDescending(d => d.Id)
            .Select(d => new PortalDocument(d.Id, d.SchoolId, d.TypeCode, d.NumberText, d.Title, d.IssuedOn, d.Year));
}

/// <summary>Query-string values of the public pages, read leniently.</summary>
public static class PortalQuery
{
    public static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>One line of a public document list: never the body, recipients or signer details beyond the signed PDF.</summary>
public sealed record PortalDocument(int Id, int SchoolId, string TypeCode, string? NumberText, string Title, DateOnly? IssuedOn, int Year)
{
    public string TypeName => DocumentType.Find(TypeCode)?.VietnameseName ?? TypeCode;

    public string PdfUrl => Pdf(SchoolId, Id);

    public static string Pdf(int schoolId, int id) => $"/cong-khai/{schoolId}/van-ban/{id}.pdf";
}
