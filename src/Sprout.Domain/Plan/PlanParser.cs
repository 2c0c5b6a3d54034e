using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sprout.Domain.Plan;

/// <summary>
/// Reads a plan typed the way Vietnamese schools type them (exported from Word to text): a header ("Số: …",
/// "Việt Hưng, Ngày 30 tháng 10 năm 2025", "KẾ HOẠCH" and the title), parts "PHẦN THỨ …", Roman and Arabic
/// numbered sections, "- " bullets, a tab-separated assignment table whose cells may hold &lt;p&gt; paragraphs,
/// "KẾT LUẬN", "Nơi nhận:" and the signer.
/// </summary>
/// <remarks>
/// Asterisks from Word emphasis ("*30*", "***“…”***") are dropped: they are formatting, not text. Numbers are
/// kept as written, so a section the authors skipped (the seed goes from 7 to 9) stays visible.
/// </remarks>
public static partial class PlanParser
{
    private const string ConclusionHeading = "KẾT LUẬN";
    private const string RecipientsHeading = "Nơi nhận";

    public static PlanDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var state = new ParseState();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            state.Accept(line);
        }

        return state.Finish();
    }

    /// <summary>Removes Word emphasis marks and squeezes spaces.</summary>
    internal static string Clean(string text) => Spaces().Replace(text.Replace("*", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^Số\s*:?\s*(.+)$")]
    internal static partial Regex NumberLine();

    [GeneratedRegex(@"^(.+?),\s*[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")]
    internal static partial Regex PlaceDateLine();

    [GeneratedRegex(@"^PHẦN THỨ\s+(\p{Lu}+)\s*(.*)$")]
    internal static partial Regex PartLine();

    [GeneratedRegex(@"^([IVXLC]+)\.\s+(.+)$")]
    internal static partial Regex RomanHeading();

    [GeneratedRegex(@"^(\d{1,2})\.\s+(.+)$")]
    internal static partial Regex ArabicHeading();

    [GeneratedRegex(@"^(\s*)[-–•+]\s+(.+)$")]
    internal static partial Regex Bullet();

    [GeneratedRegex(@"(\d{4})\s*[-–]\s*(\d{4})")]
    internal static partial Regex YearRange();

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)]
    internal static partial Regex HtmlParagraph();

    [GeneratedRegex(@"<[^>]+>")]
    internal static partial Regex HtmlTag();

    /// <summary>A table cell: each &lt;p&gt; is one task; other tags (&lt;i&gt;) are formatting.</summary>
    internal static List<string> CellParagraphs(string cell)
    {
        var paragraphs = HtmlParagraph().Matches(cell).Select(m => m.Groups[1].Value).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(cell);
        }

        return paragraphs.Select(p => Clean(WebUtility.HtmlDecode(HtmlTag().Replace(p, string.Empty))))
            .Where(p => p.Length > 0).ToList();
    }

    internal static PlanTerm? TermOf(string title)
    {
        var m = YearRange().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var from = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return to >= from ? new PlanTerm(from, to) : null;
    }

    internal static bool IsConclusion(string line) => Clean(line).Equals(ConclusionHeading, StringComparison.Ordinal);

    internal static bool IsRecipients(string line) => Clean(line).StartsWith(RecipientsHeading, StringComparison.Ordinal);
}
