using System.Text;
using Sprout.Domain.Documents;

namespace Sprout.Domain.Tests.Documents;

public class DocumentTemplatesTests
{
    [Fact]
    public void Every_type_offers_a_body_in_composed_vietnamese_without_the_blocks_the_renderer_adds()
    {
        foreach (var type in DocumentType.All)
        {
            var body = DocumentTemplates.For(type);
            Assert.True(body.Length > 20, type.Code);
            Assert.True(body.IsNormalized(NormalizationForm.FormC), type.Code);
            Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Nơi nhận", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_plan_a_decision_and_minutes_follow_the_usual_order_of_their_parts()
    {
        static void InOrder(string body, params string[] parts)
        {
            var at = parts.Select(p => body.IndexOf(p, StringComparison.Ordinal)).ToList();
            Assert.All(at, i => Assert.True(i >= 0));
            Assert.Equal(at.Order(), at);
        }

        InOrder(DocumentTemplates.For(DocumentType.KeHoach), "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN");
        InOrder(DocumentTemplates.For(DocumentType.QuyetDinh), "Căn cứ", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.");
        InOrder(DocumentTemplates.For(DocumentType.BienBan), "Thời gian:", "Địa điểm:", "Thành phần:", "NỘI DUNG", "KẾT LUẬN");
    }
}
