using Sprout.Domain.Documents;

namespace Sprout.Domain.Tests.Documents;

public class DocumentNumberTests
{
    [Theory]
    [InlineData(12, "Số: 12/KH-MNĐTVH")]
    [InlineData(5, "Số: 05/KH-MNĐTVH")]
    [InlineData(123, "Số: 123/KH-MNĐTVH")]
    public void Administrative_number_pads_below_ten(int number, string expected)
    {
        Assert.Equal(expected, new DocumentNumber(DocumentKind.Administrative, number, DocumentType.KeHoach, "MNĐTVH").Format());
    }

    [Fact]
    public void Types_use_their_decree_abbreviations()
    {
        Assert.Equal("Số: 03/QĐ-MNĐTVH", new DocumentNumber(DocumentKind.Administrative, 3, DocumentType.QuyetDinh, "MNĐTVH").Format());
        Assert.Equal("Số: 07/TTr-MNĐTVH", new DocumentNumber(DocumentKind.Administrative, 7, DocumentType.ToTrinh, "MNĐTVH").ToString());
        Assert.Equal("QyĐ-MNĐTVH", new DocumentNumber(DocumentKind.Administrative, 1, DocumentType.QuyDinh, "MNĐTVH").Symbol);
    }

    [Fact]
    public void Cong_van_names_issuer_then_unit()
    {
        var n = new DocumentNumber(DocumentKind.Administrative, 12, DocumentType.CongVan, "MNĐTVH", "VP");
        Assert.Equal("Số: 12/MNĐTVH-VP", n.Format());
        Assert.Equal("Số: 04/MNĐTVH", (n with { Number = 4, UnitAbbreviation = null }).Format());
    }

    [Fact]
    public void A_party_quy_dinh_is_QD_where_a_state_one_is_QyD()
    {
        // HD 36-HD/VPTW (03/4/2018) against Decree 30/2020/NĐ-CP Appendix III.
        Assert.Equal("Số 03-QĐ/CB", new DocumentNumber(DocumentKind.Party, 3, DocumentType.QuyDinh, "CB").Format());
        Assert.Equal("Số: 03/QyĐ-MNĐTVH", new DocumentNumber(DocumentKind.Administrative, 3, DocumentType.QuyDinh, "MNĐTVH").Format());
    }

    [Fact]
    public void State_documents_share_one_series_a_year_and_party_ones_one_per_type_through_the_term()
    {
        var term = new DateOnly(2025, 1, 1);
        Assert.Equal(NumberSeries.State(2026), NumberSeries.For(DocumentKind.Administrative, DocumentType.KeHoach, 2026, term));
        Assert.Equal(NumberSeries.State(2026), NumberSeries.For(DocumentKind.Administrative, DocumentType.BaoCao, 2026, term));
        Assert.NotEqual(NumberSeries.State(2026), NumberSeries.State(2027));

        Assert.Equal(NumberSeries.For(DocumentKind.Party, DocumentType.KeHoach, 2025, term), NumberSeries.For(DocumentKind.Party, DocumentType.KeHoach, 2027, term));
        Assert.NotEqual(NumberSeries.For(DocumentKind.Party, DocumentType.KeHoach, 2026, term), NumberSeries.For(DocumentKind.Party, DocumentType.BaoCao, 2026, term));
        Assert.NotEqual(NumberSeries.Party(term, DocumentType.KeHoach), NumberSeries.Party(new DateOnly(2027, 10, 1), DocumentType.KeHoach));
        // A Party quyết định and quy định are both "QĐ": one series.
        Assert.Equal(NumberSeries.Party(term, DocumentType.QuyetDinh), NumberSeries.Party(term, DocumentType.QuyDinh));
    }

    [Fact]
    public void Party_number_has_no_colon_and_type_before_issuer()
    {
        Assert.Equal("Số 05-KH/CB", new DocumentNumber(DocumentKind.Party, 5, DocumentType.KeHoach, "CB").Format());
        Assert.Equal("Số 11-NQ/CB", new DocumentNumber(DocumentKind.Party, 11, DocumentType.NghiQuyet, "CB").Format());
        Assert.Equal("Số 02-CV/CB", new DocumentNumber(DocumentKind.Party, 2, DocumentType.CongVan, "CB").Format());
    }

    [Fact]
    public void Number_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentNumber(DocumentKind.Administrative, 0, DocumentType.KeHoach, "X"));
    }

    [Fact]
    public void Catalogue_has_each_type_once_with_vietnamese_names()
    {
        Assert.Equal(18, DocumentType.All.Count);
        Assert.Equal(DocumentType.All.Count, DocumentType.All.Select(t => t.Code).Distinct().Count());
        Assert.Single(DocumentType.All, t => t.IsCongVan);
        Assert.Same(DocumentType.QuyetDinh, DocumentType.Find("QĐ"));
        Assert.Same(DocumentType.QuyDinh, DocumentType.Find("QyĐ"));
        Assert.Same(DocumentType.GiayGioiThieu, DocumentType.Find("Giấy giới thiệu"));
        Assert.Same(DocumentType.CongVan, DocumentType.Find("công văn"));
        Assert.Equal("Chương trình", DocumentType.Find("CTr")!.VietnameseName);
        Assert.Null(DocumentType.Find("XYZ"));
    }

    [Fact]
    public void Sequence_counts_up_within_a_year_and_restarts_in_january()
    {
        Assert.Equal(1, NumberSequence.Next(null, null, 2025));
        Assert.Equal(13, NumberSequence.Next(12, 2025, 2025));
        Assert.Equal(1, NumberSequence.Next(87, 2025, 2026));
        Assert.Equal(1, NumberSequence.Next(87, new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberSequence.Next(3, 2026, 2025));
    }

    [Theory]
    [InlineData(2025, 10, 30, "Việt Hưng, ngày 30 tháng 10 năm 2025")]
    [InlineData(2025, 1, 5, "Việt Hưng, ngày 05 tháng 01 năm 2025")]
    [InlineData(2025, 2, 14, "Việt Hưng, ngày 14 tháng 02 năm 2025")]
    [InlineData(2025, 3, 9, "Việt Hưng, ngày 09 tháng 3 năm 2025")]
    public void Date_line_pads_small_days_and_first_two_months(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, DocumentDate.Format("Việt Hưng", new DateOnly(y, m, d)));
    }
}
