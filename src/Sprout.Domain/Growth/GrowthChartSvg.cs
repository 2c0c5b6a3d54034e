using System.Globalization;
using System.Text;

namespace Sprout.Domain.Growth;

public enum ChartIndicator
{
    WeightForAge,
    LengthHeightForAge,
}

public readonly record struct ChartPoint(double AgeDays, double Value);

/// <summary>
/// A growth chart as self-contained SVG: the WHO 2006 curves at −3, −2, 0, +2, +3 SD for the child's sex and
/// the child's measurements. Drawn on the server, no script, readable on a 360 px phone.
/// </summary>
public static class GrowthChartSvg
{
    private const double Width = 360;
    private const double Height = 260;
    private const double Left = 40;
    private const double Right = 10;
    private const double Top = 28;
    private const double Bottom = 36;
    private static readonly double[] Curves = [-3, -2, 0, 2, 3];

    public static string Render(Sex sex, ChartIndicator indicator, IReadOnlyList<ChartPoint> points, string title)
    {
        var table = indicator == ChartIndicator.WeightForAge ? GrowthTables.Who.Who2006WeightForAge : GrowthTables.Who.Who2006LengthHeightForAge;
        var lastAge = points.Count == 0 ? 0 : points.Max(p => p.AgeDays);
        var maxDays = Math.Min(table.LastKey, Math.Max(730, Math.Ceiling((lastAge + 183) / 365.25) * 365.25));
        var minDays = Math.Max(table.FirstKey, points.Count == 0 ? 0 : Math.Floor(Math.Max(0, points.Min(p => p.AgeDays) - 365) / 365.25) * 365.25);

        var curves = Curves.Select(z => Sample(table, sex, minDays, maxDays).Select(s => (s.Age, Value: s.Row.MeasurementAt(z))).ToList()).ToList();
        var all = curves.SelectMany(c => c.Select(p => p.Value)).Concat(points.Select(p => p.Value)).ToList();
        var minValue = Math.Floor(all.Min());
        var maxValue = Math.Ceiling(all.Max());

        double X(double days) => Left + ((days - minDays) / (maxDays - minDays) * (Width - Left - Right));
        double Y(double value) => Height - Bottom - ((value - minValue) / (maxValue - minValue) * (Height - Top - Bottom));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var unit = indicator == ChartIndicator.WeightForAge ? "kg" : "cm";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" class=\"growth-chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"chart-desc\">{Escape(Describe(points, unit))}</desc>");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");

        // Axes and grid: a tick every 6 months, value ticks every few units.
        for (var month = Math.Ceiling(minDays / 30.4375 / 6) * 6; month * 30.4375 <= maxDays; month += 6)
        {
            var x = X(month * 30.4375);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{Top}\" x2=\"{F(x)}\" y2=\"{Height - Bottom}\" stroke=\"#e0e0e0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{month:0}</text>");
        }
        var step = Math.Max(1, Math.Round((maxValue - minValue) / 6));
        for (var v = minValue; v <= maxValue; v += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(Y(v))}\" x2=\"{Width - Right}\" y2=\"{F(Y(v))}\" stroke=\"#eeeeee\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{F(Y(v) + 3)}\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">{F(v)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F((Left + Width) / 2)}\" y=\"{Height - 4}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">Tuổi (tháng)</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"14\" font-size=\"11\" fill=\"#333\">{(indicator == ChartIndicator.WeightForAge ? "Cân nặng (kg)" : "Chiều cao (cm)")}</text>");

        string[] colours = ["#b71c1c", "#e65100", "#1b5e20", "#e65100", "#b71c1c"];
        for (var i = 0; i < curves.Count; i++)
        {
            var path = string.Join(' ', curves[i].Select((p, j) => (j == 0 ? "M" : "L") + F(X(p.Age)) + "," + F(Y(p.Value))));
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colours[i]}\" stroke-width=\"{(Curves[i] == 0 ? 1.6 : 1)}\" data-z=\"{Curves[i]:+0;-0;0}\"/>");
            var last = curves[i][^1];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(last.Age) - 2)}\" y=\"{F(Y(last.Value) - 2)}\" font-size=\"9\" text-anchor=\"end\" fill=\"{colours[i]}\">{Curves[i]:+0;-0;0}</text>");
        }
        if (points.Count > 1)
        {
            var line = string.Join(' ', points.OrderBy(p => p.AgeDays).Select((p, j) => (j == 0 ? "M" : "L") + F(X(p.AgeDays)) + "," + F(Y(p.Value))));
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{line}\" fill=\"none\" stroke=\"#0b5394\" stroke-width=\"1.5\"/>");
        }
        foreach (var p in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"child-point\" cx=\"{F(X(p.AgeDays))}\" cy=\"{F(Y(p.Value))}\" r=\"3.5\" fill=\"#0b5394\"/>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<(double Age, LmsRow Row)> Sample(LmsTable table, Sex sex, double fromDays, double toDays)
    {
        for (var day = fromDays; day <= toDays + 0.5; day += 15)
        {
            var key = (int)Math.Round(Math.Min(day, table.LastKey));
            if (table.TryGet(sex, key, out var row))
            {
                yield return (key, row);
            }
        }
    }

    /// <summary>Escapes only what markup needs, so Vietnamese text stays readable in the page source.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Describe(IReadOnlyList<ChartPoint> points, string unit) => points.Count == 0
        ? "Chưa có số đo."
        : "Các lần đo: " + string.Join("; ", points.OrderBy(p => p.AgeDays).Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"{p.AgeDays / 30.4375:0} tháng: {p.Value:0.#} {unit}")));
}
