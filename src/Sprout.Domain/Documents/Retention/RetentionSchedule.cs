namespace Sprout.Domain.Documents.Retention;

/// <summary>
/// The default retention period per document type, which each school may change.
/// </summary>
/// <remarks>
/// DEFAULTS, NOT A LEGAL TABLE. The periods in force are set per kind of file (hồ sơ), not per document type:
/// Thông tư 10/2022/TT-BNV (documents common to every body) and Thông tư 27/2016/TT-BGDĐT (education records).
/// A type alone cannot decide the period (a yearly plan is kept longer than a monthly one), so these are
/// conservative starting values for a kindergarten: normative and organisational texts for ever, plans,
/// reports and programmes 20 years, everyday correspondence 10 years, invitations and introductions 5 years.
/// The school's clerk checks them against the circulars and changes them on the retention page.
/// </remarks>
public static class RetentionSchedule
{
    private static readonly Dictionary<string, RetentionPeriod> Defaults = new(StringComparer.Ordinal)
    {
        [DocumentType.NghiQuyet.Code] = RetentionPeriod.Permanent,
        [DocumentType.QuyetDinh.Code] = RetentionPeriod.Permanent,
        [DocumentType.ChiThi.Code] = RetentionPeriod.Permanent,
        [DocumentType.QuyChe.Code] = RetentionPeriod.Permanent,
        [DocumentType.QuyDinh.Code] = RetentionPeriod.Permanent,
        [DocumentType.DeAn.Code] = RetentionPeriod.Permanent,
        [DocumentType.KeHoach.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.BaoCao.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.ChuongTrinh.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.HuongDan.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.PhuongAn.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.HopDong.Code] = RetentionPeriod.OfYears(20),
        [DocumentType.BienBan.Code] = RetentionPeriod.OfYears(10),
        [DocumentType.ToTrinh.Code] = RetentionPeriod.OfYears(10),
        [DocumentType.ThongBao.Code] = RetentionPeriod.OfYears(10),
        [DocumentType.CongVan.Code] = RetentionPeriod.OfYears(10),
        [DocumentType.GiayMoi.Code] = RetentionPeriod.OfYears(5),
        [DocumentType.GiayGioiThieu.Code] = RetentionPeriod.OfYears(5),
    };

    /// <summary>The default for a type; an unknown type is kept for ever rather than too briefly.</summary>
    public static RetentionPeriod DefaultFor(string typeCode) =>
        Defaults.TryGetValue(typeCode, out var period) ? period : RetentionPeriod.Permanent;
}
