namespace Sprout.Domain.Documents;

/// <summary>A document type with its Vietnamese name and the abbreviation used in the number symbol.</summary>
/// <remarks>Công văn is the one type without an abbreviation in state documents; the symbol then names the drafting unit instead.</remarks>
/// <param name="PartyAbbreviation">Where a Party document's abbreviation differs from the state one (Hướng dẫn 36-HD/VPTW
/// of 03/4/2018, Appendix: a Party "quy định" is "QĐ", where Decree 30/2020/NĐ-CP Appendix III writes "QyĐ").</param>
public sealed record DocumentType(string Code, string VietnameseName, string? Abbreviation, string? PartyAbbreviation = null)
{
    public static DocumentType KeHoach { get; } = new("ke-hoach", "Kế hoạch", "KH");
    public static DocumentType BaoCao { get; } = new("bao-cao", "Báo cáo", "BC");
    public static DocumentType QuyetDinh { get; } = new("quyet-dinh", "Quyết định", "QĐ");
    public static DocumentType ThongBao { get; } = new("thong-bao", "Thông báo", "TB");
    public static DocumentType BienBan { get; } = new("bien-ban", "Biên bản", "BB");
    public static DocumentType ToTrinh { get; } = new("to-trinh", "Tờ trình", "TTr");
    public static DocumentType CongVan { get; } = new("cong-van", "Công văn", null);
    public static DocumentType NghiQuyet { get; } = new("nghi-quyet", "Nghị quyết", "NQ");
    public static DocumentType ChuongTrinh { get; } = new("chuong-trinh", "Chương trình", "CTr");
    public static DocumentType HuongDan { get; } = new("huong-dan", "Hướng dẫn", "HD");
    public static DocumentType GiayMoi { get; } = new("giay-moi", "Giấy mời", "GM");
    public static DocumentType GiayGioiThieu { get; } = new("giay-gioi-thieu", "Giấy giới thiệu", "GGT");
    public static DocumentType PhuongAn { get; } = new("phuong-an", "Phương án", "PA");
    public static DocumentType DeAn { get; } = new("de-an", "Đề án", "ĐA");
    public static DocumentType QuyChe { get; } = new("quy-che", "Quy chế", "QC");
    public static DocumentType QuyDinh { get; } = new("quy-dinh", "Quy định", "QyĐ", "QĐ");
    public static DocumentType HopDong { get; } = new("hop-dong", "Hợp đồng", "HĐ");
    public static DocumentType ChiThi { get; } = new("chi-thi", "Chỉ thị", "CT");

    public static IReadOnlyList<DocumentType> All { get; } =
    [
        KeHoach, BaoCao, QuyetDinh, ThongBao, BienBan, ToTrinh, CongVan, NghiQuyet, ChuongTrinh,
        HuongDan, GiayMoi, GiayGioiThieu, PhuongAn, DeAn, QuyChe, QuyDinh, HopDong, ChiThi,
    ];

    public bool IsCongVan => Abbreviation is null;

    /// <summary>Party công văn use "CV" where state công văn name the drafting unit instead (HD 36-HD/VPTW).</summary>
    private const string PartyCongVanAbbreviation = "CV";

    /// <summary>The abbreviation in the number symbol of a document of this kind; null only for a state công văn.</summary>
    public string? AbbreviationFor(DocumentKind kind) =>
        kind == DocumentKind.Party ? PartyAbbreviation ?? Abbreviation ?? PartyCongVanAbbreviation : Abbreviation;

    /// <summary>Finds a type by code, abbreviation or Vietnamese name (any case, with or without diacritics as typed).</summary>
    public static DocumentType? Find(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var k = key.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return All.FirstOrDefault(t => string.Equals(t.Code, k, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(t => t.Abbreviation is not null && string.Equals(t.Abbreviation, k, StringComparison.Ordinal))
            ?? All.FirstOrDefault(t => t.Abbreviation is not null && string.Equals(t.Abbreviation, k, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(t => string.Equals(t.VietnameseName, k, StringComparison.OrdinalIgnoreCase))
            ?? (string.Equals(k, "CV", StringComparison.OrdinalIgnoreCase) ? CongVan : null);
    }
}
