using Sprout.Domain.Documents;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Documents;

namespace Sprout.Benchmarks.Documents;

/// <summary>Repeatable, realistic outgoing documents of a kindergarten: titles and bodies from Vietnamese school phrases.</summary>
internal static class SearchCorpus
{
    private static readonly DocumentType[] Types =
    [
        DocumentType.KeHoach, DocumentType.BaoCao, DocumentType.ThongBao, DocumentType.QuyetDinh, DocumentType.CongVan,
        DocumentType.BienBan, DocumentType.ToTrinh, DocumentType.GiayMoi, DocumentType.HuongDan, DocumentType.ChuongTrinh,
    ];

    private static readonly string[] Topics =
    [
        "chuyển đổi số", "phòng chống dịch bệnh tay chân miệng", "tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        "đánh giá chuẩn nghề nghiệp giáo viên mầm non", "bồi dưỡng thường xuyên", "bảo đảm vệ sinh an toàn thực phẩm",
        "tuyển sinh vào lớp mẫu giáo", "kiểm tra nội bộ trường học", "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        "xây dựng trường học xanh, sạch, đẹp, an toàn", "tổ chức Tết Trung thu cho trẻ", "khám sức khỏe định kỳ cho trẻ",
        "công khai tài chính", "kiểm định chất lượng giáo dục", "phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
        "sinh hoạt chuyên môn theo nghiên cứu bài học", "giáo dục an toàn giao thông", "phát triển vận động cho trẻ",
        "thực hiện quy chế dân chủ ở cơ sở", "phòng, chống bạo lực học đường", "xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
        "quản lý tài sản công", "thi đua khen thưởng", "đón trẻ, trả trẻ an toàn",
    ];

    private static readonly string[] Sentences =
    [
        "Căn cứ Kế hoạch số {0} của Phòng Giáo dục và Đào tạo về việc {1};",
        "Nhà trường xây dựng kế hoạch {1} với các nội dung cụ thể như sau.",
        "Nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục trẻ trong nhà trường.",
        "Các tổ chuyên môn triển khai đến toàn thể cán bộ, giáo viên, nhân viên.",
        "Thời gian thực hiện từ tháng {2} đến hết năm học.",
        "Hiệu trưởng phân công phó hiệu trưởng phụ trách chuyên môn theo dõi, đôn đốc việc thực hiện.",
        "Tổ văn phòng tổng hợp kết quả, báo cáo Ban giám hiệu trước ngày 25 hằng tháng.",
        "Kinh phí thực hiện từ nguồn ngân sách được giao và các nguồn hợp pháp khác.",
        "Phối hợp với Ban đại diện cha mẹ trẻ em để tuyên truyền đến phụ huynh.",
        "Trong quá trình thực hiện nếu có vướng mắc, các bộ phận báo cáo về Ban giám hiệu để kịp thời giải quyết.",
        "Giáo viên các nhóm lớp ghi chép đầy đủ hồ sơ, sổ sách theo quy định.",
        "Đảm bảo an toàn tuyệt đối về thể chất và tinh thần cho trẻ.",
        "Tăng cường ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động giáo dục.",
        "Kết quả được đánh giá, xếp loại vào cuối học kỳ và cuối năm học.",
    ];

    private static readonly string[] Signers = ["Nguyễn Thị Hoa", "Trần Thị Lan", "Lê Văn Đức", "Phạm Thị Mai", "Đỗ Thị Hằng", "Vũ Thị Thu"];

    public static OutgoingDocument Make(int schoolId, int i)
    {
        var random = new Random(i);
        var type = Types[random.Next(Types.Length)];
        var topic = Topics[random.Next(Topics.Length)];
        var year = 2015 + random.Next(12);
        var title = random.Next(3) switch
        {
            0 => $"{type.VietnameseName} {topic} năm học {year}-{year + 1}",
            1 => $"{type.VietnameseName} về việc {topic}",
            _ => $"{type.VietnameseName} {topic} tháng {1 + random.Next(12)} năm {year}",
        };
        var body = string.Join(' ', Enumerable.Range(0, 6 + random.Next(8)).Select(_ =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], $"{random.Next(1, 300)}/KH-PGDĐT", Topics[random.Next(Topics.Length)], 1 + random.Next(12))));
        var issued = random.Next(10) > 0;
        return new OutgoingDocument
        {
            SchoolId = schoolId, Kind = random.Next(10) == 0 ? DocumentKind.Party : DocumentKind.Administrative, TypeCode = type.Code,
            Title = title, Body = body, Status = issued ? DocumentStatus.Issued : DocumentStatus.Draft, Year = year,
            IssuedOn = issued ? new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)) : null,
            SignerName = issued ? Signers[random.Next(Signers.Length)] : null, CreatedBy = "Văn thư", CreatedAt = DateTimeOffset.UtcNow,
        };
    }
}
