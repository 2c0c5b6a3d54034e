using System.Globalization;
using System.Security;
using System.Text;

namespace Sprout.Domain.Plan;

/// <summary>
/// A target's monthly values as a small self-contained SVG line chart with the goal as a dashed line.
/// Drawn on the server: no script, no web font, scales with its viewBox to a phone's width.
/// </summary>
/// <remarks>A month without a value (null) leaves a gap in the line rather than pretending to be zero.</remarks>
public static class TrendChartSvg
{
    private const double Width = 320;
    private const double Height = 180;
    private const double Left = 36;
    private const double Right = 8;
    private const double Top = 24;
    private const double Bottom = 30;

    /// <summary>At most this many month labels, so they do not overlap on a 320 px chart.</summary>
    private const int MaxMonthLabels = 6;

    public static string Render(IReadOnlyList<(DateOnly Month, double? Value)> points, double goal, string unit, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        title = (title ?? string.Empty).Normalize(NormalizationForm.FormC);
        unit = (unit ?? string.Empty).Trim();
        var ordered = points.OrderBy(p => p.Month).ToList();
        var values = ordered.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).Append(goal).ToList();
        var (low, high) = Range(values, unit);

        double X(int i) => ordered.Count <= 1 ? (Left + Width - Right) / 2 : Left + (i * (Width - Left - Right) / (ordered.Count - 1));
        double Y(double v) => Height - Bottom - ((v - low) / (high - low) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Attr(AriaLabel(ordered, goal, unit, title))}\" class=\"trend-chart\" font-family=\"sans-serif\">"));
        svg.Append("<title>").Append(SecurityElement.Escape(title)).Append("</title>");
        svg.Append("<desc>").Append(SecurityElement.Escape(Describe(ordered, unit))).Append("</desc>");
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>"));
        svg.Append(Inv($"<text x=\"4\" y=\"14\" font-size=\"11\" fill=\"#333\">{SecurityElement.Escape(title)}</text>"));

        // Value axis: the bottom, middle and top of the range.
        foreach (var v in new[] { low, (low + high) / 2, high })
        {
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{F(Y(v))}\" x2=\"{Width - Right}\" y2=\"{F(Y(v))}\" stroke=\"#e6e6e6\"/>"));
            svg.Append(Inv($"<text x=\"{Left - 4}\" y=\"{F(Y(v) + 3)}\" font-size=\"9\" text-anchor=\"end\" fill=\"#555\">{PlanFormat.Number(v)}</text>"));
        }

        var every = Math.Max(1, (int)Math.Ceiling(ordered.Count / (double)MaxMonthLabels));
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i % every == 0 || i == ordered.Count - 1)
            {
                svg.Append(Inv($"<text class=\"month-label\" x=\"{F(X(i))}\" y=\"{Height - Bottom + 14}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">{PlanFormat.Month(ordered[i].Month)}</text>"));
            }
        }

        svg.Append(Inv($"<line class=\"goal-line\" x1=\"{Left}\" y1=\"{F(Y(goal))}\" x2=\"{Width - Right}\" y2=\"{F(Y(goal))}\" stroke=\"#b71c1c\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>"));
        svg.Append(Inv($"<text x=\"{Width - Right}\" y=\"{F(Y(goal) - 3)}\" font-size=\"9\" text-anchor=\"end\" fill=\"#b71c1c\">Mục tiêu: {SecurityElement.Escape(WithUnit(goal, unit))}</text>"));

        foreach (var run in Runs(ordered))
        {
            if (run.Count > 1)
            {
                var d = string.Join(' ', run.Select((i, j) => (j == 0 ? "M" : "L") + F(X(i)) + "," + F(Y(ordered[i].Value!.Value))));
                svg.Append("<path class=\"trend-line\" d=\"").Append(d).Append("\" fill=\"none\" stroke=\"#0b5394\" stroke-width=\"1.5\"/>");
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value is { } v)
            {
                svg.Append(Inv($"<circle class=\"trend-point\" cx=\"{F(X(i))}\" cy=\"{F(Y(v))}\" r=\"3\" fill=\"#0b5394\"><title>{PlanFormat.Month(ordered[i].Month)}: {SecurityElement.Escape(WithUnit(v, unit))}</title></circle>"));
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The range shown: all values and the goal, padded; shares stay within 0–100.</summary>
    private static (double Low, double High) Range(List<double> values, string unit)
    {
        var low = values.Min();
        var high = values.Max();
        var pad = Math.Max((high - low) * 0.15, Math.Max(1, Math.Abs(high) * 0.02));
        low -= pad;
        high += pad;
        if (unit == "%")
        {
            low = Math.Max(0, low);
            high = Math.Min(100, high);
        }

        if (values.TrueForAll(v => v >= 0))
        {
            low = Math.Max(0, low);
        }

        return high > low ? (low, high) : (low - 1, high + 1);
    }

    /// <summary>Consecutive months with values: the line breaks where a month is missing.</summary>
    private static List<List<int>> Runs(List<(DateOnly Month, double? Value)> ordered)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Value is null)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(i);
        }

        return runs;
    }

    private static string AriaLabel(List<(DateOnly Month, double? Value)> ordered, double goal, string unit, string title)
    {
        var last = ordered.LastOrDefault(p => p.Value.HasValue);
        var latest = last.Value is { } v
            ? "số liệu mới nhất tháng " + PlanFormat.Month(last.Month) + ": " + WithUnit(v, unit)
            : "chưa có số liệu";
        return "Biểu đồ " + title + ": " + ordered.Count.ToString(CultureInfo.InvariantCulture) + " tháng, " + latest
            + "; mục tiêu " + WithUnit(goal, unit) + ".";
    }

    private static string Describe(List<(DateOnly Month, double? Value)> ordered, string unit) => ordered.Count == 0
        ? "Chưa có số liệu."
        : string.Join("; ", ordered.Select(p => PlanFormat.Month(p.Month) + ": " + (p.Value is { } v ? WithUnit(v, unit) : "chưa có số liệu"))) + ".";

    private static string WithUnit(double value, string unit) => unit.Length == 0 ? PlanFormat.Number(value) : PlanFormat.Number(value) + " " + unit;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Attr(string text) => SecurityElement.Escape(text);
}
