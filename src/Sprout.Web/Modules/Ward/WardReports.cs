using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Ward;

public sealed class SentReport
{
    public required CellReport Report { get; init; }
    public required OutgoingDocument Document { get; init; }
    public required string School { get; init; }
}

/// <summary>The cells' reports a ward may read: sent, issued, and from a school of that ward only.</summary>
public static class WardReports
{
    public static IQueryable<SentReport> Sent(SproutDbContext db, int? wardId) =>
        from r in db.Set<CellReport>().IgnoreQueryFilters()
        join d in db.Set<OutgoingDocument>().IgnoreQueryFilters() on r.OutgoingDocumentId equals d.Id
        join s in db.Schools on r.SchoolId equals s.Id
        where r.SentAt != null && d.Status == DocumentStatus.Issued && s.WardId == wardId
        select new SentReport { Report = r, Document = d, School = s.Name };
}
