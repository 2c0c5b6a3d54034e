using System.Text;
using Sprout.Domain.Cell;

namespace Sprout.Domain.Plan;

/// <summary>
/// The report to the ward Party committee on the plan's targets: results (target, goal, value, status),
/// a paragraph per area on what is and is not achieved, and "Phương hướng" for every target not yet achieved.
/// Written as a Markdown body for the Documents capability, or as a Word document.
/// </summary>
/// <remarks>
/// In Markdown the results are a list, not a pipe table: the official PDF renderer parses with Markdig's plain
/// CommonMark pipeline, which would print the pipes as text (same choice as <see cref="CellReportBuilder"/>).
/// The Word version has a real table.
/// </remarks>
public static class PlanReportBuilder
{
    private static readonly string[] TableHeader = ["Mã", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"];

    public static string Write(PlanReportInput input)
    {
        var rows = Assess(input);
        var sb = new StringBuilder();
        MarkdownText.Heading(sb, "I. Kết quả thực hiện các chỉ tiêu");
        sb.Append(MarkdownText.Inline(Overview(input, rows))).Append("\n\n");
        foreach (var r in rows)
        {
            sb.Append("- **").Append(MarkdownText.Inline(r.Target.Code)).Append("** ").Append(MarkdownText.Inline(r.Target.Name))
                .Append(": mục tiêu ").Append(MarkdownText.Inline(r.Target.GoalLabel))
                .Append("; kết quả ").Append(MarkdownText.Inline(PlanFormat.Value(r.Target, r.Value)))
                .Append("; đánh giá: ").Append(r.Assessment.Label).Append(".\n");
        }

        if (rows.Count > 0)
        {
            sb.Append('\n');
        }

        MarkdownText.Heading(sb, "II. Đánh giá theo từng lĩnh vực");
        var number = 1;
        foreach (var (area, summary) in AreaSummaries(rows))
        {
            sb.Append("**").Append(number++).Append(". ").Append(area.Name()).Append("**\n\n");
            sb.Append(MarkdownText.Inline(summary)).Append("\n\n");
        }

        MarkdownText.Heading(sb, "III. Phương hướng, nhiệm vụ " + input.Period.KindName + " tới");
        var directions = Directions(rows);
        if (directions.Count == 0)
        {
            sb.Append(MarkdownText.Inline(AllAchieved)).Append("\n\n");
        }

        foreach (var line in directions)
        {
            sb.Append("- ").Append(MarkdownText.Inline(line)).Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The same report as a Word document; the caller may add a signature block before <see cref="DocxBuilder.ToBytes"/>.</summary>
    public static DocxBuilder ToDocx(PlanReportInput input)
    {
        var rows = Assess(input);
        var doc = new DocxBuilder().Heading("BÁO CÁO")
            .Paragraph("Kết quả thực hiện các chỉ tiêu của Kế hoạch thực hiện Chương trình 01-CTr/ĐU " + input.Period.Label,
                DocxAlignment.Center, bold: true);
        if (!string.IsNullOrWhiteSpace(input.Unit))
        {
            doc.Paragraph(input.Unit.Trim(), DocxAlignment.Center, italic: true);
        }

        doc.Heading("I. Kết quả thực hiện các chỉ tiêu", 2).Paragraph(Overview(input, rows));
        if (rows.Count > 0)
        {
            var table = new List<IReadOnlyList<string>> { TableHeader };
            table.AddRange(rows.Select(r => (IReadOnlyList<string>)[r.Target.Code, r.Target.Name, r.Target.GoalLabel, PlanFormat.Value(r.Target, r.Value), r.Assessment.Label]));
            doc.Table(table, columnPercents: [8, 46, 14, 14, 18]);
        }

        doc.Heading("II. Đánh giá theo từng lĩnh vực", 2);
        var number = 1;
        foreach (var (area, summary) in AreaSummaries(rows))
        {
            doc.Paragraph([new DocxRun(number++ + ". " + area.Name() + ". ", Bold: true), new DocxRun(summary)]);
        }

        doc.Heading("III. Phương hướng, nhiệm vụ " + input.Period.KindName + " tới", 2);
        var directions = Directions(rows);
        if (directions.Count == 0)
        {
            doc.Paragraph(AllAchieved);
        }

        foreach (var line in directions)
        {
            doc.Paragraph("– " + line);
        }

        return doc;
    }

    private const string AllAchieved = "Tiếp tục duy trì, nâng cao kết quả các chỉ tiêu đã đạt.";

    private sealed record Row(Target Target, double? Value, TargetAssessment Assessment);

    private static List<Row> Assess(PlanReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Readings);
        var asOf = input.AsOf ?? input.Period.End;
        return input.Readings.Select(r => new Row(r.Target, r.Value, TargetEvaluator.Assess(r.Target, r.Value, asOf, r.History))).ToList();
    }

    private static string Overview(PlanReportInput input, List<Row> rows)
    {
        var asOf = PlanFormat.Date(input.AsOf ?? input.Period.End);
        if (rows.Count == 0)
        {
            return "Tính đến ngày " + asOf + ", chưa có chỉ tiêu nào được theo dõi.";
        }

        return "Tính đến ngày " + asOf + ", trong " + rows.Count + " chỉ tiêu được theo dõi: "
            + string.Join("; ", Order.Select(s => s.Label() + " " + rows.Count(r => r.Assessment.Status == s))) + ".";
    }

    private static readonly TargetStatus[] Order = [TargetStatus.Achieved, TargetStatus.NotAchieved, TargetStatus.AtRisk, TargetStatus.NoData];

    private static IEnumerable<(TargetArea Area, string Summary)> AreaSummaries(List<Row> rows)
    {
        foreach (var area in TargetAreas.All)
        {
            var inArea = rows.Where(r => r.Target.Area == area).ToList();
            if (inArea.Count == 0)
            {
                continue;
            }

            var achieved = inArea.Where(r => r.Assessment.Status == TargetStatus.Achieved).ToList();
            var parts = new List<string>
            {
                achieved.Count == inArea.Count
                    ? "Đạt cả " + inArea.Count + " chỉ tiêu (" + Codes(achieved) + ")."
                    : "Đạt " + achieved.Count + "/" + inArea.Count + " chỉ tiêu" + (achieved.Count > 0 ? " (" + Codes(achieved) + ")." : "."),
            };
            Add(parts, inArea, TargetStatus.NotAchieved, "Chưa đạt: ");
            Add(parts, inArea, TargetStatus.AtRisk, "Có nguy cơ không đạt: ");
            Add(parts, inArea, TargetStatus.NoData, "Chưa có số liệu: ");
            yield return (area, string.Join(' ', parts));
        }
    }

    private static void Add(List<string> parts, List<Row> rows, TargetStatus status, string lead)
    {
        var matching = rows.Where(r => r.Assessment.Status == status).ToList();
        if (matching.Count == 0)
        {
            return;
        }

        parts.Add(lead + string.Join("; ", matching.Select(r => status == TargetStatus.NoData
            ? r.Target.Code + " " + r.Target.Name
            : r.Target.Code + " " + r.Target.Name + " (" + PlanFormat.Value(r.Target, r.Value) + ", mục tiêu " + r.Target.GoalLabel + ")")) + ".");
    }

    private static string Codes(List<Row> rows) => string.Join(", ", rows.Select(r => r.Target.Code));

    /// <summary>At-risk targets first, then those not achieved, then those without data: the order of urgency.</summary>
    private static List<string> Directions(List<Row> rows) => rows
        .Where(r => r.Assessment.Status != TargetStatus.Achieved)
        .OrderBy(r => r.Assessment.Status switch { TargetStatus.AtRisk => 0, TargetStatus.NotAchieved => 1, _ => 2 })
        .Select(r => r.Target.Code + " " + r.Target.Name + ": " + Direction(r) + " Phụ trách: " + r.Target.Owner
            + "; thời hạn: " + PlanFormat.Date(r.Assessment.DueDate) + ".")
        .ToList();

    private static string Direction(Row r) => r.Assessment.Status switch
    {
        TargetStatus.AtRisk => "tập trung chỉ đạo, có giải pháp cụ thể để đạt mục tiêu " + r.Target.GoalLabel
            + " (hiện " + PlanFormat.Value(r.Target, r.Value) + ").",
        TargetStatus.NotAchieved => "tiếp tục thực hiện để đạt mục tiêu " + r.Target.GoalLabel
            + " (hiện " + PlanFormat.Value(r.Target, r.Value) + ").",
        _ => "cập nhật số liệu trên hệ thống để theo dõi, đánh giá.",
    };
}
