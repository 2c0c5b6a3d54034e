using System.IO.Compression;
using System.Xml.Linq;
using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class PlanReportBuilderTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static TargetReading R(string code, double? value, params (DateOnly, double?)[] history) =>
        new(TargetCatalog.Get(code), value, history);

    private static PlanReportInput Quarter1() => new()
    {
        Period = PlanReportPeriod.Quarter(2026, 1),
        Unit = "Chi bộ Trường Mầm non Đô Thị Việt Hưng",
        Readings =
        [
            R("T1", 1), R("T3", 93.33), R("T5", 1), R("T17", 1),
            R("T11", 86, (new DateOnly(2026, 1, 1), 86), (new DateOnly(2026, 2, 1), 86)),
            R("T15", 1.6), R("T12", null),
        ],
    };

    [Fact]
    public void Period_labels_and_bounds()
    {
        var q = PlanReportPeriod.Quarter(2026, 1);
        Assert.Equal("Quý I năm 2026", q.Label);
        Assert.Equal(new DateOnly(2026, 3, 31), q.End);
        Assert.Equal("Quý IV năm 2026", PlanReportPeriod.Quarter(2026, 4).Label);
        Assert.Equal(new DateOnly(2026, 10, 1), PlanReportPeriod.Quarter(2026, 4).Start);
        var y = PlanReportPeriod.Year(2026);
        Assert.Equal("năm 2026", y.Label);
        Assert.Equal("năm", y.KindName);
        Assert.Equal(new DateOnly(2026, 12, 31), y.End);
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanReportPeriod.Quarter(2026, 5));
    }

    [Fact]
    public void Markdown_lists_each_target_with_goal_value_and_status()
    {
        var md = PlanReportBuilder.Write(Quarter1());
        Assert.StartsWith("## I. Kết quả thực hiện các chỉ tiêu\n\nTính đến ngày 31/03/2026, trong 7 chỉ tiêu được theo dõi: đạt 3; chưa đạt 2; có nguy cơ 1; chưa có số liệu 1.", md, StringComparison.Ordinal);
        Assert.Contains("- **T3** Đảng viên dự sinh hoạt, học tập nghị quyết: mục tiêu ≥ 100 %; kết quả 93,3 %; đánh giá: chưa đạt.\n", md, StringComparison.Ordinal);
        Assert.Contains("- **T15** Trẻ béo phì, suy dinh dưỡng: mục tiêu \\< 2 %; kết quả 1,6 %; đánh giá: đạt.\n", md, StringComparison.Ordinal);
        Assert.Contains("- **T11** Chỉ số hài lòng của phụ huynh (SISPAS): mục tiêu ≥ 90 %; kết quả 86 %; đánh giá: có nguy cơ.\n", md, StringComparison.Ordinal);
        Assert.Contains("đánh giá: chưa có số liệu.", md, StringComparison.Ordinal);
        Assert.DoesNotContain("|", md, StringComparison.Ordinal);
        Assert.EndsWith("\n", md, StringComparison.Ordinal);
        Assert.True(md.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void One_paragraph_per_area_with_achieved_and_not()
    {
        var md = PlanReportBuilder.Write(Quarter1());
        Assert.Contains("**1. Xây dựng Đảng và các đoàn thể**\n\nĐạt 2/4 chỉ tiêu (T1, T17). Chưa đạt: T3 Đảng viên dự sinh hoạt, học tập nghị quyết (93,3 %, mục tiêu ≥ 100 %); T5 Kết nạp đảng viên mới (1, mục tiêu ≥ 3).", md, StringComparison.Ordinal);
        Assert.Contains("**2. Chuyển đổi số**\n\nĐạt 0/1 chỉ tiêu. Chưa có số liệu: T12", md, StringComparison.Ordinal);
        Assert.Contains("Có nguy cơ không đạt: T11", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Đội ngũ, đạo đức nhà giáo", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Directions_cover_every_target_not_achieved_most_urgent_first()
    {
        var md = PlanReportBuilder.Write(Quarter1());
        var part3 = md[md.IndexOf("## III. Phương hướng, nhiệm vụ quý tới", StringComparison.Ordinal)..];
        var lines = part3.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("- T11 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("Phụ trách: Phó bí thư chi bộ; thời hạn: 31/12/2026.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("- T3 ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("- T5 ", lines[2], StringComparison.Ordinal);
        Assert.Contains("thời hạn: 31/12/2027.", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("- T12 ", lines[3], StringComparison.Ordinal);
        Assert.Contains("cập nhật số liệu", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void All_achieved_year_report_keeps_the_results()
    {
        var md = PlanReportBuilder.Write(new PlanReportInput { Period = PlanReportPeriod.Year(2026), Readings = [R("T15", 1.2), R("T14", 99)] });
        Assert.Contains("**1. Chăm sóc, giáo dục trẻ và sự hài lòng của phụ huynh**\n\nĐạt cả 2 chỉ tiêu (T15, T14).", md, StringComparison.Ordinal);
        Assert.Contains("## III. Phương hướng, nhiệm vụ năm tới\n\nTiếp tục duy trì", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_version_has_the_same_content_and_a_results_table()
    {
        var bytes = PlanReportBuilder.ToDocx(Quarter1()).ToBytes();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var s = zip.GetEntry("word/document.xml")!.Open();
        var doc = XDocument.Load(s);
        var text = string.Join("\n", doc.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
        Assert.Contains("Kết quả thực hiện các chỉ tiêu của Kế hoạch thực hiện Chương trình 01-CTr/ĐU Quý I năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Trường Mầm non Đô Thị Việt Hưng", text, StringComparison.Ordinal);
        Assert.Contains("III. Phương hướng, nhiệm vụ quý tới", text, StringComparison.Ordinal);
        Assert.Contains("1. Xây dựng Đảng và các đoàn thể. Đạt 2/4 chỉ tiêu (T1, T17).", text, StringComparison.Ordinal);

        var table = Assert.Single(doc.Descendants(W + "tbl"));
        var rows = table.Elements(W + "tr").Select(tr => tr.Elements(W + "tc").Select(tc => string.Concat(tc.Descendants(W + "t").Select(t => t.Value))).ToList()).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Equal(["Mã", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"], rows[0]);
        Assert.Equal(["T15", "Trẻ béo phì, suy dinh dưỡng", "< 2 %", "1,6 %", "đạt"], rows[6]);
    }
}
