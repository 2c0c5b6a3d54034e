using System.Text;
using Sprout.Domain.Plan;

namespace Sprout.Domain.Tests.Plan;

public class PlanParserTests
{
    private static readonly PlanDocument Seed = SeedPlan.Load();

    [Fact]
    public void The_shipped_text_is_NFC_and_the_same_as_the_mission_copy()
    {
        var text = SeedPlan.Text();
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Trường Mầm non Đô Thị Việt Hưng", text, StringComparison.Ordinal);
        var mission = "/work/shared/mission/seed-plan.vi.txt";
        if (File.Exists(mission))
        {
            Assert.Equal(File.ReadAllText(mission, Encoding.UTF8), text);
        }
    }

    [Fact]
    public void The_header_gives_number_place_date_kind_title_and_term()
    {
        Assert.Equal("AA-KH/CB", Seed.Number);
        Assert.Equal("Việt Hưng", Seed.Place);
        Assert.Equal(new DateOnly(2025, 10, 30), Seed.Date);
        Assert.Equal("KẾ HOẠCH", Seed.Kind);
        Assert.Equal("THỰC HIỆN CHƯƠNG TRÌNH 01-CTr/ĐU CỦA ĐẢNG ỦY PHƯỜNG VIỆT HƯNG NHIỆM KỲ 2025 - 2027", Seed.Title);
        Assert.Equal(new PlanTerm(2025, 2027), Seed.Term);
        Assert.Equal(new DateOnly(2027, 12, 31), Seed.Term!.End);
        Assert.Equal("2025–2027", Seed.Term.ToString());
    }

    [Fact]
    public void Three_parts_with_their_titles()
    {
        Assert.Equal(["PHẦN THỨ NHẤT", "PHẦN THỨ HAI", "PHẦN THỨ BA"], Seed.Parts.Select(p => p.Label));
        Assert.Equal(["ĐẶT VẤN ĐỀ", "MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN"], Seed.Parts.Select(p => p.Title));
        Assert.Equal(2, Seed.Parts[0].Items.Count);
        Assert.All(Seed.Parts[0].Items, i => Assert.Equal(0, i.Level));
        Assert.Contains("Xây dựng Đảng và hệ thống chính trị vững mạnh toàn diện", Seed.Parts[0].Items[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", Seed.Parts[0].Items[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_are_in_order_with_numbers_as_written()
    {
        var sections = Seed.Sections;
        Assert.Equal(15, sections.Count);
        Assert.Equal(["I", "II", "III", "1", "2", "3", "4", "5", "6", "7", "9", "10", "11", "12", "1"], sections.Select(s => s.Number));
        Assert.Equal("MỤC TIÊU CHUNG", sections[0].Title);
        Assert.Equal("CÁC CHỈ TIÊU CỤ THỂ", sections[1].Title);
        Assert.Equal("NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", sections[2].Title);
        Assert.Equal("Nâng cao chất lượng sinh hoạt chi bộ", sections[3].Title);
        Assert.Equal("Đẩy mạnh chuyển đổi số trong nhà trường", sections[11].Title);
        Assert.Equal("Phân công trách nhiệm", sections[14].Title);
        Assert.Equal("PHẦN THỨ BA", sections[14].Part);
        Assert.All(sections.Take(3), s => Assert.Equal(1, s.Level));
        Assert.All(sections.Skip(3).Take(11), s => { Assert.Equal(2, s.Level); Assert.Equal("III", s.Parent); });
        Assert.Null(sections[14].Parent);
    }

    [Fact]
    public void Section_items_keep_the_bullets_of_the_plan()
    {
        var s = Seed.Sections;
        Assert.Equal(7, s[0].Items.Count);
        Assert.Equal(14, s[1].Items.Count);
        Assert.Equal("Chỉ số hài lòng của phụ huynh (SISPAS) đạt từ 90% trở lên.", s[1].Items[10].Text);
        Assert.All(s[1].Items, i => Assert.Equal(1, i.Level));
        Assert.Equal(3, s[3].Items.Count);
        Assert.StartsWith("Mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề", s[3].Items[1].Text, StringComparison.Ordinal);
        Assert.Empty(s[2].Items);
        Assert.Equal(3, s[13].Items.Count);
        Assert.Equal("Đảm bảo 100% trẻ được theo dõi sức khỏe định kỳ, hồ sơ sức khỏe điện tử được cập nhật chính xác.", s[13].Items[2].Text);
    }

    [Fact]
    public void The_assignment_table_has_five_rows_without_repeated_headers()
    {
        var rows = Seed.Assignments;
        Assert.Equal(["Bí thư chi bộ", "Phó bí thư chi bộ", "Chi uỷ viên", "Đảng viên, GV - NV", "Công đoàn, Chi đoàn"], rows.Select(r => r.Responsible));
        Assert.Equal(["Cả năm 2026", "Thường xuyên", "Thường xuyên", "Thường xuyên", "Theo kế hoạch"], rows.Select(r => r.Timeframe));
        Assert.Single(rows[0].Tasks);
        Assert.Equal(4, rows[1].Tasks.Count);
        Assert.Equal("Chỉ đạo xây dựng mô hình “Cống góp ý trực tuyến”", rows[1].Tasks[2]);
        Assert.Equal(3, rows[2].Tasks.Count);
        Assert.All(rows.SelectMany(r => r.Tasks), t => Assert.DoesNotContain("<", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Conclusion_recipients_and_signer()
    {
        Assert.Equal(4, Seed.Conclusion.Count);
        Assert.StartsWith("Kế hoạch của Trường Mầm non Đô Thị Việt Hưng", Seed.Conclusion[0], StringComparison.Ordinal);
        Assert.Equal(["Đảng viên - đề t/h", "CBGVNV- đề t/h", "Lưu VT"], Seed.Recipients);
        Assert.Equal("Trần Thị Hoàng Lâm", Seed.Signer);
    }

    [Fact]
    public void Nested_bullets_CRLF_and_decomposed_text_are_understood()
    {
        var text = "KE\u0302\u0301 HOẠCH\r\nNĂM HỌC 2026 - 2027\r\nI. MỤC TIÊU\r\n- Một\r\n  - Một a\r\n\t- Một b\r\nĐoạn văn.\r\n";
        var doc = PlanParser.Parse(text);
        Assert.Equal("KẾ HOẠCH", doc.Kind);
        Assert.Equal(new PlanTerm(2026, 2027), doc.Term);
        var section = Assert.Single(doc.Sections);
        Assert.Equal([1, 2, 2, 0], section.Items.Select(i => i.Level));
        Assert.Empty(doc.Assignments);
        Assert.Null(doc.Date);
    }

    [Fact]
    public void A_text_without_a_kind_is_refused_in_Vietnamese()
    {
        var e = Assert.Throws<FormatException>(() => PlanParser.Parse("\n\n"));
        Assert.Contains("KẾ HOẠCH", e.Message, StringComparison.Ordinal);
    }
}
