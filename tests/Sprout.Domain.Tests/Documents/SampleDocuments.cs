using System.Text;
using Sprout.Domain.Documents;

namespace Sprout.Domain.Tests.Documents;

internal static class SampleDocuments
{
    public const string DiacriticSentence = "Trẻ mẫu giáo chắc chắn được học tập, ăn uống đầy đủ; các cháu đặc biệt thích những câu chuyện cổ tích và trò chơi dân gian. Đồng chí Đỗ Văn Đức phụ trách.";

    public static OfficialDocument Plan(int paragraphs = 3) => new()
    {
        Kind = DocumentKind.Administrative,
        Type = DocumentType.KeHoach,
        ParentBody = "UBND phường Việt Hưng",
        IssuingBody = "Trường Mầm non Đô thị Việt Hưng",
        Number = new DocumentNumber(DocumentKind.Administrative, 12, DocumentType.KeHoach, "MNĐTVH"),
        Place = "Việt Hưng",
        Date = new DateOnly(2025, 10, 30),
        Title = "Tổ chức các hoạt động trải nghiệm năm học 2025 - 2026",
        BodyMarkdown = Body(paragraphs),
        Signature = new SignatureBlock(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], "Nguyễn Thị Lan"),
        Recipients = ["Phòng GD&ĐT (để b/c);", "CB, GV, NV (để t/h);", "Lưu: VT."],
    };

    public static string Body(int paragraphs)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## I. MỤC ĐÍCH, YÊU CẦU").AppendLine();
        sb.AppendLine("**1. Mục đích:** giúp trẻ *trải nghiệm* thực tế; " + DiacriticSentence).AppendLine();
        sb.AppendLine("- Trẻ được vui chơi an toàn;").AppendLine("- Giáo viên chuẩn bị đồ dùng đầy đủ.").AppendLine();
        for (var i = 1; i <= paragraphs; i++)
        {
            sb.Append($"Đoạn {i}. ").AppendLine(string.Concat(Enumerable.Repeat(DiacriticSentence + " ", 3))).AppendLine();
        }

        return sb.ToString();
    }
}
