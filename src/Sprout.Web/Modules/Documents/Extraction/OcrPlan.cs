using System.Globalization;
using System.Text.RegularExpressions;

namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>
/// What OCR will render, decided from <c>pdfinfo</c> before <c>pdftoppm</c> runs: a PDF can declare a page of
/// 150 × 150 inches, which at 300 dpi is 2 gigapixels (pdftoppm: 3.9 GB and more than 100 s) from a file of 1 KB.
/// The first <see cref="TesseractOcr.MaxPages"/> pages are read; the resolution falls below 300 dpi so the largest
/// of them stays within <see cref="MaxPagePixels"/> (A2 still renders at 300 dpi), and a page so large that even
/// <see cref="MinDpi"/> would exceed it is not read at all.
/// </summary>
public sealed partial record OcrPlan(int Pages, int Dpi, string? Refusal)
{
    public const int Dpi300 = 300;
    public const int MinDpi = 100;
    public const long MaxPagePixels = 36_000_000;

    public bool Refused => Refusal is not null;

    public static OcrPlan FromPdfInfo(string pdfinfo, int maxPages)
    {
        var pagesMatch = PagesLine().Match(pdfinfo);
        if (!pagesMatch.Success || !int.TryParse(pagesMatch.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return new OcrPlan(0, 0, "pdfinfo gave no page count");
        }
        var pages = Math.Min(count, maxPages);
        double largest = 0;
        foreach (Match size in SizeLine().Matches(pdfinfo))
        {
            var number = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number > pages)
            {
                continue;
            }
            var width = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture) / 72;
            var height = double.Parse(size.Groups[3].Value, CultureInfo.InvariantCulture) / 72;
            largest = Math.Max(largest, width * height);
        }
        if (largest <= 0)
        {
            return new OcrPlan(0, 0, "pdfinfo gave no page size");
        }
        var dpi = (int)Math.Min(Dpi300, Math.Floor(Math.Sqrt(MaxPagePixels / largest)));
        return dpi < MinDpi
            ? new OcrPlan(0, 0, string.Create(CultureInfo.InvariantCulture, $"a page of {largest:0} square inches would exceed {MaxPagePixels} pixels even at {MinDpi} dpi"))
            : new OcrPlan(pages, dpi, null);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
