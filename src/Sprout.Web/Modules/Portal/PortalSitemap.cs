using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Portal;

/// <summary>
/// What search engines are told: robots.txt keeps them to the public portal (everything else needs a sign-in and
/// must not be crawled), and sitemap.xml lists every school's public pages and public signed documents.
/// </summary>
public static class PortalSitemap
{
    /// <summary>The sitemap protocol's limit per file; the newest documents win when a ward publishes more.</summary>
    public const int MaxUrls = 50_000;

    private static readonly string[] SchoolPages = ["", "/van-ban", "/thong-bao", "/ket-qua"];

    public static string Robots(string origin) =>
        $"User-agent: *\nAllow: /cong-khai\nDisallow: /\nSitemap: {origin}/sitemap.xml\n";

    public static async Task<string> BuildAsync(SproutDbContext db, string origin, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var room = Math.Max(0, MaxUrls - 1 - schools.Count * SchoolPages.Length);
        var documents = await PortalQueries.PublicDocumentsOfEverySchool(db)
            .OrderByDescending(d => d.Id).Take(room).Select(d => new { d.Id, d.SchoolId, d.IssuedOn }).ToListAsync(ct);

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            Url(xml, $"{origin}/cong-khai", null);
            foreach (var school in schools)
            {
                foreach (var page in SchoolPages)
                {
                    Url(xml, $"{origin}/cong-khai/{school}{page}", null);
                }
            }
            foreach (var d in documents)
            {
                Url(xml, origin + PortalDocument.Pdf(d.SchoolId, d.Id), d.IssuedOn);
            }
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Url(XmlWriter xml, string location, DateOnly? modified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (modified is { } day)
        {
            xml.WriteElementString("lastmod", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        xml.WriteEndElement();
    }
}
