using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>A periodic report to the ward Party committee; its text and signatures live in the outgoing document.</summary>
public class CellReport : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public ReportPeriodKind Period { get; set; }
    public int Year { get; set; }

    /// <summary>Month 1–12, quarter 1–4, or 0 for a yearly report.</summary>
    public int Number { get; set; }
    public int OutgoingDocumentId { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
