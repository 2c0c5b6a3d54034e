using System.Globalization;

namespace Sprout.Domain.Documents;

/// <summary>
/// Which numbering series a document takes its number from; each series counts from 01 with no gaps.
/// </summary>
/// <remarks>
/// State documents: one series per calendar year for every type together, from 01 on 1 January to 31 December
/// (Decree 30/2020/NĐ-CP of 05/3/2020, Article 15). Party documents: one series per document type through the
/// committee's term (nhiệm kỳ cấp ủy), not per year (Hướng dẫn 36-HD/VPTW of 03/4/2018, section on "số văn bản").
/// </remarks>
public static class NumberSeries
{
    /// <summary>Party documents numbered before numbering followed the term kept their per-year series under this key.</summary>
    public static string LegacyParty(int year) => $"party:{year.ToString(CultureInfo.InvariantCulture)}";

    public static string State(int year) => $"state:{year.ToString(CultureInfo.InvariantCulture)}";

    /// <param name="termStart">The first day of the cell committee's term in which the document is issued.</param>
    public static string Party(DateOnly termStart, DocumentType type) =>
        $"party:{termStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{type.AbbreviationFor(DocumentKind.Party)}";

    public static string For(DocumentKind kind, DocumentType type, int year, DateOnly partyTermStart) =>
        kind == DocumentKind.Party ? Party(partyTermStart, type) : State(year);
}
