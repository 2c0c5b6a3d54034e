using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

/// <summary>T10, the one computation the outgoing register and the target dashboard both show.</summary>
public static class DocumentTargets
{
    /// <summary>
    /// T10: the year's outgoing documents that were signed and issued. School-wide, Party documents included, whoever
    /// looks: only the counts show, never a document a person may not open.
    /// </summary>
    public static async Task<TargetReadout> T10Async(SproutDbContext db, int year, CancellationToken ct)
    {
        var documents = db.Set<OutgoingDocument>().AsNoTracking().Where(d => d.Year == year);
        var figure = new TargetFigure(await documents.CountAsync(d => d.Status == DocumentStatus.Issued, ct), await documents.CountAsync(ct));
        return TargetReadout.Percent("T10", figure, $"Năm {year}, văn bản đã ký số và ban hành: ");
    }
}
