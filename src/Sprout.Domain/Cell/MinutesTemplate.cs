using System.Text;

namespace Sprout.Domain.Cell;

/// <summary>
/// The Markdown body of a cell meeting's minutes (biên bản sinh hoạt chi bộ), in the order Hướng dẫn 12-HD/BTCTW
/// (2022) gives: time and place, attendance, the content in four parts, the vote and the closing time.
/// </summary>
/// <remarks>
/// Uses only what the official PDF renderer draws: level-2 headings, paragraphs, "- " lists and bold. Typed text is
/// escaped so a name or an opinion cannot turn into markup.
/// </remarks>
public static class MinutesTemplate
{
    /// <exception cref="ArgumentException">Inconsistent attendance or votes, or a chair or secretary who was not present.</exception>
    public static string Write(MinutesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);

        var sb = new StringBuilder();
        MarkdownText.Heading(sb, "Thời gian, địa điểm");
        sb.Append("Bắt đầu vào hồi ").Append(CellFormat.Time(input.Start)).Append(", ngày ").Append(CellFormat.Date(input.Date)).Append(".\n\n");
        sb.Append("Địa điểm: ").Append(MarkdownText.Inline(input.Place)).Append(".\n\n");

        MarkdownText.Heading(sb, "Thành phần");
        sb.Append("- Chủ trì: đồng chí ").Append(MarkdownText.Inline(input.Chair)).Append(".\n");
        sb.Append("- Thư ký: đồng chí ").Append(MarkdownText.Inline(input.Secretary)).Append(".\n");
        sb.Append("- Số đảng viên được triệu tập: ").Append(Comrades(input.Summoned)).Append(".\n");
        sb.Append("- Có mặt: ").Append(Comrades(input.Present.Count)).Append(".\n");
        sb.Append("- Vắng có lý do: ").Append(Comrades(input.AbsentExcused.Count));
        if (input.AbsentExcused.Count > 0)
        {
            sb.Append(" (").Append(string.Join("; ", input.AbsentExcused.Select(a => "đồng chí " + MarkdownText.Inline(a.Name) + ": " + MarkdownText.Inline(a.Reason)))).Append(')');
        }

        sb.Append(".\n");
        sb.Append("- Vắng không lý do: ").Append(Comrades(input.AbsentUnexcused.Count));
        if (input.AbsentUnexcused.Count > 0)
        {
            sb.Append(" (").Append(string.Join("; ", input.AbsentUnexcused.Select(n => "đồng chí " + MarkdownText.Inline(n)))).Append(')');
        }

        sb.Append(".\n");
        if (input.Guests.Count > 0)
        {
            sb.Append("- Khách mời: ").Append(string.Join("; ", input.Guests.Select(MarkdownText.Inline))).Append(".\n");
        }

        sb.Append('\n');
        MarkdownText.Heading(sb, "Nội dung");
        if (input.Kind == MeetingKind.Thematic)
        {
            sb.Append("**Chuyên đề:** ").Append(MarkdownText.Inline(input.Theme)).Append("\n\n");
        }

        MarkdownText.Heading(sb, "I. Đánh giá tình hình thực hiện nhiệm vụ " + MarkdownText.Inline(input.Period));
        MarkdownText.Paragraphs(sb, input.Review, "Không có nội dung.");

        MarkdownText.Heading(sb, "II. Phương hướng, nhiệm vụ");
        MarkdownText.Paragraphs(sb, input.Directions, "Không có nội dung.");

        MarkdownText.Heading(sb, "III. Ý kiến thảo luận");
        if (input.Discussion.Count == 0)
        {
            sb.Append("Không có ý kiến thảo luận.\n\n");
        }
        else
        {
            foreach (var opinion in input.Discussion)
            {
                sb.Append("- Đồng chí ").Append(MarkdownText.Inline(opinion.Name)).Append(": ").Append(MarkdownText.Inline(opinion.Text)).Append('\n');
            }

            sb.Append('\n');
        }

        MarkdownText.Heading(sb, "IV. Kết luận, nghị quyết");
        MarkdownText.Paragraphs(sb, input.Conclusion, "Không có nội dung.");
        sb.Append("**Biểu quyết:** tán thành ").Append(CellFormat.Number(input.Vote.For)).Append('/').Append(CellFormat.Number(input.Present.Count))
            .Append(", không tán thành ").Append(CellFormat.Number(input.Vote.Against))
            .Append(", không biểu quyết ").Append(CellFormat.Number(input.Vote.NotVoting)).Append(".\n\n");

        sb.Append("Cuộc họp kết thúc vào hồi ").Append(CellFormat.Time(input.End)).Append(" cùng ngày.\n");
        return sb.ToString();
    }

    private static string Comrades(int count) => CellFormat.Number(count) + " đồng chí";

    private static void Validate(MinutesInput input)
    {
        ArgumentNullException.ThrowIfNull(input.Vote, nameof(input));
        if (input.Kind == MeetingKind.Thematic && string.IsNullOrWhiteSpace(input.Theme))
        {
            throw new ArgumentException("Buổi sinh hoạt chuyên đề phải có tên chuyên đề.", nameof(input));
        }

        if (input.End <= input.Start)
        {
            throw new ArgumentException("Giờ kết thúc phải sau giờ bắt đầu.", nameof(input));
        }

        var counted = input.Present.Count + input.AbsentExcused.Count + input.AbsentUnexcused.Count;
        if (input.Summoned != counted)
        {
            throw new ArgumentException(
                $"Số đảng viên được triệu tập ({CellFormat.Number(input.Summoned)}) phải bằng số có mặt cộng số vắng ({CellFormat.Number(counted)}).",
                nameof(input));
        }

        var present = input.Present.Select(CellFormat.Nfc).ToHashSet(StringComparer.Ordinal);
        var absent = input.AbsentExcused.Select(a => a.Name).Concat(input.AbsentUnexcused).Select(CellFormat.Nfc).ToList();
        if (present.Count != input.Present.Count || absent.Distinct(StringComparer.Ordinal).Count() != absent.Count || absent.Any(present.Contains))
        {
            throw new ArgumentException("Một đảng viên được ghi nhiều lần trong danh sách có mặt và vắng mặt.", nameof(input));
        }

        if (!present.Contains(CellFormat.Nfc(input.Chair)))
        {
            throw new ArgumentException("Đồng chí chủ trì phải có mặt tại cuộc họp.", nameof(input));
        }

        if (!present.Contains(CellFormat.Nfc(input.Secretary)))
        {
            throw new ArgumentException("Đồng chí thư ký phải có mặt tại cuộc họp.", nameof(input));
        }

        var vote = input.Vote;
        if (vote.For < 0 || vote.Against < 0 || vote.NotVoting < 0)
        {
            throw new ArgumentException("Số phiếu biểu quyết không được âm.", nameof(input));
        }

        if (vote.For + vote.Against + vote.NotVoting > input.Present.Count)
        {
            throw new ArgumentException(
                $"Tổng số biểu quyết ({CellFormat.Number(vote.For + vote.Against + vote.NotVoting)}) vượt quá số đảng viên có mặt ({CellFormat.Number(input.Present.Count)}).",
                nameof(input));
        }
    }
}
