namespace Sprout.Domain.Cell;

/// <summary>
/// The age of a person the cell considers for admission: at least 18 full years on the day the cell considers it.
/// </summary>
/// <remarks>
/// Quy định 294-QĐ/TW (26/5/2025, in force 1/7/2025) on implementing the Party Charter, which replaced 232-QĐ/TW
/// (20/01/2025), sets the age of those joining the Party. The wording "đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng),
/// tại thời điểm chi bộ xét kết nạp" was checked in 232-QĐ/TW and its predecessors (24-QĐ/TW 2021, 29-QĐ/TW 2016);
/// press summaries of 294 say it regulates the age of those joining but the article's wording in 294 itself could
/// not be read here (NOT VERIFIED verbatim). Counted to the day, which is never more lenient than counting in
/// months. Over 60 is not refused: the Party committee directly under the Central Committee decides those cases.
/// </remarks>
public static class AdmissionAge
{
    public const int MinimumYears = 18;

    /// <summary>The first day on which the person may be considered.</summary>
    public static DateOnly EligibleFrom(DateOnly dateOfBirth) => dateOfBirth.AddYears(MinimumYears);

    /// <summary>Null when the person is old enough on <paramref name="considered"/>, otherwise the Vietnamese reason.</summary>
    public static string? Refusal(DateOnly dateOfBirth, DateOnly considered)
    {
        if (considered >= EligibleFrom(dateOfBirth))
        {
            return null;
        }
        var months = ((considered.Year - dateOfBirth.Year) * 12) + considered.Month - dateOfBirth.Month - (considered.Day < dateOfBirth.Day ? 1 : 0);
        return $"Người vào Đảng phải đủ {MinimumYears} tuổi tại thời điểm chi bộ xét kết nạp (Quy định 294-QĐ/TW). " +
            $"Ngày {CellFormat.Date(considered)}, người này mới {CellFormat.Number(Math.Max(months, 0) / 12)} tuổi {CellFormat.Number(Math.Max(months, 0) % 12)} tháng; " +
            $"có thể xét từ ngày {CellFormat.Date(EligibleFrom(dateOfBirth))}.";
    }
}
