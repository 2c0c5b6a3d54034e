using System.Text;

namespace Sprout.Domain.Cell;

/// <summary>
/// The Markdown body of the cell's monthly, quarterly or yearly report to the ward Party committee.
/// </summary>
/// <remarks>
/// The targets are written as a list, not a pipe table: the official PDF renderer parses with Markdig's plain
/// CommonMark pipeline (MarkdownBodyWriter), which has no table extension and would print the pipes as text.
/// </remarks>
public static class CellReportBuilder
{
    private const string NoneRecorded = "Không có nội dung.";

    /// <exception cref="ArgumentException">Member counts that do not add up, negative counts, or ratings outside a year report.</exception>
    public static string Write(CellReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);

        var sb = new StringBuilder();
        MarkdownText.Heading(sb, "I. Tình hình chung");
        sb.Append("Tổng số đảng viên: ").Append(Comrades(input.TotalMembers))
            .Append(" (chính thức: ").Append(CellFormat.Number(input.FullMembers))
            .Append("; dự bị: ").Append(CellFormat.Number(input.ProbationaryMembers)).Append(").\n\n");
        if (!string.IsNullOrWhiteSpace(input.Overview))
        {
            MarkdownText.Paragraphs(sb, input.Overview, NoneRecorded);
        }

        MarkdownText.Heading(sb, "II. Kết quả thực hiện");
        var number = 1;
        Meetings(sb, number++, input);
        Studies(sb, number++, input.Studies);
        Development(sb, number++, input);
        Supervision(sb, number++, input);
        if (input.PeriodKind == ReportPeriodKind.Year)
        {
            Evaluation(sb, number++, input.Evaluation);
        }

        Targets(sb, number, input.Targets);

        MarkdownText.Heading(sb, "III. Phương hướng, nhiệm vụ " + input.PeriodKind.Name() + " tới");
        MarkdownText.Paragraphs(sb, input.NextPeriod, NoneRecorded);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Meetings(StringBuilder sb, int number, CellReportInput input)
    {
        Subheading(sb, number, "Sinh hoạt chi bộ");
        var regular = input.Meetings.Count(m => m.Kind == MeetingKind.Regular);
        var thematic = input.Meetings.Count(m => m.Kind == MeetingKind.Thematic);
        sb.Append("Chi bộ đã tổ chức ").Append(CellFormat.Number(regular)).Append(" buổi sinh hoạt thường kỳ và ")
            .Append(CellFormat.Number(thematic)).Append(" buổi sinh hoạt chuyên đề.\n\n");
        if (input.Meetings.Count > 0)
        {
            foreach (var m in input.Meetings.OrderBy(m => m.Date))
            {
                sb.Append("- ").Append(CellFormat.Date(m.Date)).Append(": ").Append(m.Kind.Name());
                if (!string.IsNullOrWhiteSpace(m.Theme))
                {
                    sb.Append(" “").Append(MarkdownText.Inline(m.Theme)).Append('”');
                }

                sb.Append(".\n");
            }

            sb.Append('\n');
        }

        if (input.Attendance is { Rate: { } rate } a)
        {
            sb.Append("Tỉ lệ đảng viên dự sinh hoạt: ").Append(CellFormat.Percent(rate))
                .Append(" (có mặt ").Append(CellFormat.Number(a.Present)).Append('/').Append(CellFormat.Number(a.Slots))
                .Append(" lượt; vắng có lý do ").Append(CellFormat.Number(a.Excused))
                .Append("; vắng không lý do ").Append(CellFormat.Number(a.Unexcused)).Append(").\n\n");
        }
    }

    private static void Studies(StringBuilder sb, int number, IReadOnlyList<StudySession> studies)
    {
        Subheading(sb, number, "Học tập nghị quyết");
        if (studies.Count == 0)
        {
            sb.Append("Trong kỳ, chi bộ không tổ chức học tập, quán triệt nghị quyết.\n\n");
            return;
        }

        foreach (var s in studies.OrderBy(s => s.Date))
        {
            sb.Append("- ").Append(MarkdownText.Inline(s.Title)).Append(" (").Append(CellFormat.Date(s.Date)).Append("): ")
                .Append(CellFormat.Number(s.Participants)).Append('/').Append(CellFormat.Number(s.Expected)).Append(" đảng viên tham gia");
            if (s.Expected > 0)
            {
                sb.Append(" (").Append(CellFormat.Percent((double)s.Participants / s.Expected)).Append(')');
            }

            sb.Append(".\n");
        }

        sb.Append('\n');
    }

    private static void Development(StringBuilder sb, int number, CellReportInput input)
    {
        Subheading(sb, number, "Công tác phát triển đảng viên");
        sb.Append("- Kết nạp mới: ").Append(Comrades(input.NewAdmissions)).Append(".\n");
        sb.Append("- Công nhận đảng viên chính thức: ").Append(Comrades(input.RecognizedFull)).Append(".\n");
        sb.Append("- Quần chúng ưu tú đang được bồi dưỡng, xem xét kết nạp: ").Append(CellFormat.Number(input.CandidatesInPipeline)).Append(" người.\n\n");
    }

    private static void Supervision(StringBuilder sb, int number, CellReportInput input)
    {
        Subheading(sb, number, "Công tác kiểm tra, giám sát");
        if (!string.IsNullOrWhiteSpace(input.Supervision))
        {
            MarkdownText.Paragraphs(sb, input.Supervision, NoneRecorded);
        }

        sb.Append("Số đảng viên bị thi hành kỷ luật: ").Append(CellFormat.Number(input.DisciplineCount)).Append(".\n\n");
    }

    private static void Evaluation(StringBuilder sb, int number, IReadOnlyDictionary<EvaluationLevel, int>? evaluation)
    {
        Subheading(sb, number, "Kết quả đánh giá, xếp loại đảng viên");
        var total = evaluation?.Values.Sum() ?? 0;
        if (evaluation is null || total == 0)
        {
            sb.Append("Chưa có kết quả đánh giá, xếp loại.\n\n");
            return;
        }

        foreach (var level in EvaluationLevels.All)
        {
            var count = evaluation.GetValueOrDefault(level);
            sb.Append("- ").Append(level.Name()).Append(": ").Append(Comrades(count))
                .Append(" (").Append(CellFormat.Percent((double)count / total)).Append(").\n");
        }

        sb.Append('\n');
    }

    private static void Targets(StringBuilder sb, int number, IReadOnlyList<TargetLine> targets)
    {
        Subheading(sb, number, "Các chỉ tiêu");
        if (targets.Count == 0)
        {
            sb.Append("Không có chỉ tiêu được theo dõi trong kỳ.\n\n");
            return;
        }

        foreach (var t in targets)
        {
            sb.Append("- **").Append(MarkdownText.Inline(t.Code)).Append("** ").Append(MarkdownText.Inline(t.Name))
                .Append(": ").Append(MarkdownText.Inline(t.Value)).Append(" – ").Append(MarkdownText.Inline(t.Status)).Append(".\n");
        }

        sb.Append('\n');
    }

    private static void Subheading(StringBuilder sb, int number, string title) =>
        sb.Append("**").Append(CellFormat.Number(number)).Append(". ").Append(title).Append("**\n\n");

    private static string Comrades(int count) => CellFormat.Number(count) + " đồng chí";

    private static void Validate(CellReportInput input)
    {
        if (input.TotalMembers < 0 || input.FullMembers < 0 || input.ProbationaryMembers < 0)
        {
            throw new ArgumentException("Số đảng viên không được âm.", nameof(input));
        }

        if (input.FullMembers + input.ProbationaryMembers != input.TotalMembers)
        {
            throw new ArgumentException(
                $"Tổng số đảng viên ({CellFormat.Number(input.TotalMembers)}) phải bằng số chính thức cộng số dự bị ({CellFormat.Number(input.FullMembers + input.ProbationaryMembers)}).",
                nameof(input));
        }

        if (input.NewAdmissions < 0 || input.RecognizedFull < 0 || input.CandidatesInPipeline < 0 || input.DisciplineCount < 0)
        {
            throw new ArgumentException("Các số liệu trong báo cáo không được âm.", nameof(input));
        }

        if (input.Studies.Any(s => s.Participants < 0 || s.Expected < 0 || s.Participants > s.Expected))
        {
            throw new ArgumentException("Số đảng viên tham gia học tập phải từ 0 đến số đảng viên được triệu tập.", nameof(input));
        }

        if (input.Evaluation is { } evaluation)
        {
            if (input.PeriodKind != ReportPeriodKind.Year)
            {
                throw new ArgumentException("Kết quả đánh giá, xếp loại đảng viên chỉ có trong báo cáo năm.", nameof(input));
            }

            if (evaluation.Any(p => !EvaluationLevels.IsDefined(p.Key) || p.Value < 0))
            {
                throw new ArgumentException("Kết quả xếp loại có mức không hợp lệ hoặc số âm.", nameof(input));
            }
        }
    }
}
