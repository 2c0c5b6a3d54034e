using Sprout.Domain.Documents;

namespace Sprout.Domain.Tests.Documents;

public class MarkdownDocumentParserTests
{
    private const string Source = """
        ---
        title: Tổ chức ngày hội đến trường
        type: KH
        number: 12/KH-MNĐTVH
        date: 2025-10-30
        place: Việt Hưng
        parent: UBND phường Việt Hưng
        issuer: Trường Mầm non Đô thị Việt Hưng
        signer: Nguyễn Thị Lan
        position: KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG
        recipients:
          - Phòng GD&ĐT;
          - "Lưu: VT."
        ---
        ## I. Mục đích

        Các cháu **chắc chắn** được *vui chơi*; bữa ăn đầy đủ chất.
        """;

    [Fact]
    public void Front_matter_fills_the_document()
    {
        var doc = MarkdownDocumentParser.Parse(Source);

        Assert.Equal(DocumentKind.Administrative, doc.Kind);
        Assert.Same(DocumentType.KeHoach, doc.Type);
        Assert.Equal("Số: 12/KH-MNĐTVH", doc.Number!.Format());
        Assert.Equal(new DateOnly(2025, 10, 30), doc.Date);
        Assert.Equal("UBND phường Việt Hưng", doc.ParentBody);
        Assert.Equal(["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"], doc.Signature!.AuthorityLines);
        Assert.Equal("Nguyễn Thị Lan", doc.Signature.SignerName);
        Assert.Equal(["Phòng GD&ĐT;", "Lưu: VT."], doc.Recipients);
        Assert.StartsWith("## I. Mục đích", doc.BodyMarkdown);
    }

    [Fact]
    public void Party_and_cong_van_numbers_are_read_from_their_own_shapes()
    {
        var party = MarkdownDocumentParser.Parse("---\nkind: party\ntype: NQ\nnumber: Số 05-NQ/CB\ndate: 2025-10-30\nissuer: Chi bộ\nposition: [T/M CHI BỘ, BÍ THƯ]\n---\nNội dung.");
        Assert.Equal("Số 05-NQ/CB", party.Number!.Format());
        Assert.Equal(["T/M CHI BỘ", "BÍ THƯ"], party.Signature!.AuthorityLines);

        var letter = MarkdownDocumentParser.Parse("---\ntype: công văn\nnumber: 7/MNĐTVH-VP\ndate: 2025-10-30\nissuer: Trường\n---\n");
        Assert.Equal("Số: 07/MNĐTVH-VP", letter.Number!.Format());

        var plain = MarkdownDocumentParser.Parse("---\ntype: BC\nnumber: 3\nissuer_code: MNĐTVH\ndate: 2025-10-30\nissuer: Trường\n---\n");
        Assert.Equal("Số: 03/BC-MNĐTVH", plain.Number!.Format());
    }

    [Fact]
    public void Missing_or_bad_fields_are_explained()
    {
        Assert.Equal("Phần đầu văn bản thiếu mục 'issuer' (tên cơ quan ban hành).",
            Assert.Throws<FormatException>(() => MarkdownDocumentParser.Parse("---\ndate: 2025-10-30\n---\n")).Message);
        Assert.Equal("Ngày \"30.10\" không hợp lệ: dùng dạng yyyy-MM-dd.",
            Assert.Throws<FormatException>(() => MarkdownDocumentParser.Parse("---\nissuer: A\ndate: 30.10\n---\n")).Message);
        Assert.Equal("Không có thể loại văn bản \"ZZ\" (ví dụ: KH, BC, QĐ, TB, BB).",
            Assert.Throws<FormatException>(() => MarkdownDocumentParser.Parse("---\nissuer: A\ndate: 2025-10-30\ntype: ZZ\n---\n")).Message);
    }

    [Fact]
    public void Render_produces_a_checked_pdf_with_the_markdown_text()
    {
        var pdf = MarkdownDocumentParser.Render(Source);

        PdfTools.AssertQpdfCheck(pdf);
        var text = PdfTools.Text(pdf);
        Assert.Contains("Các cháu chắc chắn được vui chơi; bữa ăn đầy đủ chất.", text);
        Assert.Contains("Tổ chức ngày hội đến trường", text);
        Assert.Contains("Lưu: VT.", text);
    }
}
