using System.Security.Cryptography.X509Certificates;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Benchmarks.Documents;

/// <summary>Issue 6: render a ten-page plan in the official layout and sign it (target: under 500 ms).</summary>
[MemoryDiagnoser]
public class RenderAndSignBenchmark
{
    private OfficialDocument _plan = null!;
    private X509Certificate2 _signer = null!;
    private DemoCertificateAuthority _ca = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = new StringBuilder();
        for (var section = 1; section <= 60; section++)
        {
            body.AppendLine($"## {section}. Nhiệm vụ và giải pháp thứ {section}").AppendLine();
            body.AppendLine("Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, chăm sóc, nuôi dưỡng và giáo dục trẻ; "
                + "nâng cao chất lượng đội ngũ cán bộ, giáo viên, nhân viên; xây dựng môi trường giáo dục an toàn, thân thiện, lấy trẻ làm trung tâm.").AppendLine();
            body.AppendLine("- Phân công rõ người thực hiện, thời gian hoàn thành và sản phẩm cụ thể.").AppendLine("- Kiểm tra, đánh giá kết quả hằng tháng.").AppendLine();
        }
        _plan = new OfficialDocument
        {
            Type = DocumentType.KeHoach,
            ParentBody = "UBND PHƯỜNG VIỆT HƯNG",
            IssuingBody = "TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG",
            Number = new DocumentNumber(DocumentKind.Administrative, 12, DocumentType.KeHoach, "MNĐTVH"),
            Place = "Việt Hưng",
            Date = new DateOnly(2026, 11, 24),
            Title = "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027",
            BodyMarkdown = body.ToString(),
            Signature = new SignatureBlock(["HIỆU TRƯỞNG"], "Nguyễn Thị Lan"),
            Recipients = ["Phòng Giáo dục và Đào tạo", "Lưu: VT"],
        };
        _ca = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", DateTimeOffset.UtcNow);
        _signer = _ca.IssueSigner("Nguyễn Thị Lan", DateTimeOffset.UtcNow);
        var pages = OfficialPdfRenderer.RenderWithLayout(_plan).PageCount;
        if (pages < 10)
        {
            throw new InvalidOperationException($"The plan should be at least 10 pages, it is {pages}.");
        }
    }

    [Benchmark]
    public int RenderAndSignTenPagePlan()
    {
        var rendered = OfficialPdfRenderer.RenderWithLayout(_plan);
        return PdfSigner.Sign(rendered.Pdf, _signer, rendered.SignerStamp ?? SignatureAppearance.Signer, DateTimeOffset.UtcNow).Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _signer.Dispose();
        _ca.Dispose();
    }
}
