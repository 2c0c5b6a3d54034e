using System.Xml.Linq;
using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class TrendChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static (DateOnly, double?)[] Months(params double?[] values) =>
        values.Select((v, i) => (new DateOnly(2026, 1, 1).AddMonths(i), v)).ToArray();

    [Fact]
    public void Chart_is_valid_accessible_SVG_with_points_goal_and_months()
    {
        var svg = TrendChartSvg.Render(Months(86.5, 88, 91.25), 90, "%", "Chỉ số hài lòng của phụ huynh");
        var root = XDocument.Parse(svg).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("0 0 320 180", (string?)root.Attribute("viewBox"));
        Assert.Equal("Chỉ số hài lòng của phụ huynh", root.Element(Svg + "title")!.Value);
        Assert.Equal("Biểu đồ Chỉ số hài lòng của phụ huynh: 3 tháng, số liệu mới nhất tháng 03/2026: 91,3 %; mục tiêu 90 %.",
            (string?)root.Attribute("aria-label"));
        var points = root.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "trend-point").ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal("01/2026: 86,5 %", points[0].Element(Svg + "title")!.Value);
        var goal = Assert.Single(root.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "goal-line");
        Assert.NotNull(goal.Attribute("stroke-dasharray"));
        Assert.Equal(["01/2026", "02/2026", "03/2026"], root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "month-label").Select(t => t.Value));
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == "Mục tiêu: 90 %");
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("http", svg.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_months_break_the_line_and_are_described()
    {
        var svg = TrendChartSvg.Render(Months(3.1, 2.8, null, 2.2, 1.9), 2, "%", "Trẻ béo phì, suy dinh dưỡng");
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(4, root.Descendants(Svg + "circle").Count());
        Assert.Equal(2, root.Descendants(Svg + "path").Count());
        Assert.Contains("03/2026: chưa có số liệu", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_histories_keep_month_labels_few_and_titles_escaped()
    {
        var values = Enumerable.Range(0, 24).Select(i => (double?)i % 4).ToArray();
        var svg = TrendChartSvg.Render(Months(values), 3, "", "Kết nạp <đảng viên> & quần chúng");
        var root = XDocument.Parse(svg).Root!;
        Assert.InRange(root.Descendants(Svg + "text").Count(t => (string?)t.Attribute("class") == "month-label"), 2, 7);
        Assert.Equal("Kết nạp <đảng viên> & quần chúng", root.Element(Svg + "title")!.Value);
        Assert.Equal(24, root.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void Empty_chart_still_renders()
    {
        var root = XDocument.Parse(TrendChartSvg.Render([], 1, "", "Sinh hoạt chuyên đề")).Root!;
        Assert.Contains("chưa có số liệu", (string?)root.Attribute("aria-label"), StringComparison.Ordinal);
        Assert.Empty(root.Descendants(Svg + "circle"));
    }
}
