namespace Sprout.Domain.Documents;

/// <summary>
/// The body skeleton (Markdown) offered when drafting each type. The standard blocks (issuing body, motto, number,
/// place and date, title, signature, "Nơi nhận") are laid out by the renderer from the document's fields, so a
/// template holds only what goes between the title and the signature, in the usual order of headings for the type.
/// </summary>
public static class DocumentTemplates
{
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        [DocumentType.KeHoach.Code] = """
            Căn cứ …;

            Căn cứ tình hình thực tế của nhà trường, … xây dựng kế hoạch … như sau:

            ## I. MỤC ĐÍCH, YÊU CẦU

            1. Mục đích: …

            2. Yêu cầu: …

            ## II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP

            1. …

            ## III. TỔ CHỨC THỰC HIỆN

            1. …

            Trên đây là kế hoạch …, đề nghị các bộ phận nghiêm túc triển khai thực hiện.
            """,
        [DocumentType.BaoCao.Code] = """
            Thực hiện …, … báo cáo kết quả như sau:

            ## I. KẾT QUẢ THỰC HIỆN

            1. …

            ## II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN

            …

            ## III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI

            …

            ## IV. KIẾN NGHỊ, ĐỀ XUẤT

            …
            """,
        [DocumentType.QuyetDinh.Code] = """
            Căn cứ …;

            Căn cứ …;

            Theo đề nghị của …,

            **QUYẾT ĐỊNH:**

            **Điều 1.** …

            **Điều 2.** …

            **Điều 3.** Quyết định có hiệu lực kể từ ngày ký. … chịu trách nhiệm thi hành Quyết định này./.
            """,
        [DocumentType.ThongBao.Code] = """
            … thông báo như sau:

            1. …

            2. …

            Đề nghị … thực hiện./.
            """,
        [DocumentType.BienBan.Code] = """
            **Thời gian:** … giờ … phút, ngày … tháng … năm …

            **Địa điểm:** …

            **Thành phần:** …

            **Chủ trì:** …  **Thư ký:** …

            ## NỘI DUNG

            1. …

            ## KẾT LUẬN

            …

            Cuộc họp kết thúc lúc … giờ … phút cùng ngày; biên bản đã được thông qua trước các thành viên dự họp./.
            """,
        [DocumentType.ToTrinh.Code] = """
            Kính gửi: …

            ## I. SỰ CẦN THIẾT

            …

            ## II. NỘI DUNG ĐỀ NGHỊ

            …

            Kính trình … xem xét, quyết định./.
            """,
        [DocumentType.CongVan.Code] = """
            Kính gửi: …

            …

            Trân trọng./.
            """,
        [DocumentType.NghiQuyet.Code] = """
            Căn cứ …;

            Ngày … tháng … năm …, … đã họp, thảo luận và

            **QUYẾT NGHỊ:**

            **1.** …

            **2.** …

            **3.** Tổ chức thực hiện: …
            """,
        [DocumentType.GiayMoi.Code] = """
            … trân trọng kính mời: …

            Tới dự: …

            **Thời gian:** … giờ … phút, ngày … tháng … năm …

            **Địa điểm:** …

            Rất mong … đến dự đúng giờ./.
            """,
    };

    /// <summary>The skeleton for a type; types without their own use the general one (purpose, content, organisation).</summary>
    public static string For(DocumentType type) =>
        Bodies.TryGetValue(type.Code, out var body) ? body : """
            Căn cứ …;

            ## I. …

            …

            ## II. TỔ CHỨC THỰC HIỆN

            …
            """;
}
