namespace Sprout.Domain.Cell;

/// <summary>
/// The members rated "Hoàn thành xuất sắc nhiệm vụ" may not exceed 20 % of those rated "Hoàn thành tốt nhiệm vụ".
/// </summary>
/// <remarks>
/// Source: the 20 % was written in Quy định 124-QĐ/TW (4/10/2023). Quy định 366-QĐ/TW (30/8/2025) replaced 124 and
/// keeps the four levels; the quota clause of 366 itself could not be read here (NOT VERIFIED). The same 20 % of those
/// rated "Hoàn thành tốt nhiệm vụ" is stated for civil servants by Nghị định 335/2025/NĐ-CP, which ties the civil
/// service rate to the Party's, so it is kept, and the note the cell sees says where it comes from.
///
/// Interpretation: "rated Hoàn thành tốt nhiệm vụ" is read as every member whose level is Good or Excellent, since
/// an excellent member has also done the tasks well. A cell of 10 good-or-better members may therefore keep 2
/// Excellent ratings. The allowance is rounded down: 4 good-or-better members allow none. Members over the
/// allowance keep Good, which leaves the good-or-better count unchanged, so one pass is final.
/// </remarks>
public static class ExcellenceQuota
{
    /// <summary>floor(20 % × good-or-better), in integers so 5 × 0.2 is never 0.999….</summary>
    public static int Allowed(int goodOrBetter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(goodOrBetter);
        return goodOrBetter / 5;
    }

    public static bool IsWithinQuota(int excellent, int goodOrBetter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(excellent);
        if (excellent > goodOrBetter)
        {
            throw new ArgumentException("Số đảng viên hoàn thành xuất sắc nhiệm vụ không thể lớn hơn số đảng viên hoàn thành tốt nhiệm vụ trở lên.", nameof(excellent));
        }

        return excellent <= Allowed(goodOrBetter);
    }

    /// <summary>
    /// Keeps the Excellent ratings with the highest share of Excellent votes, ties broken by member id ascending,
    /// and moves the rest to Good.
    /// </summary>
    /// <exception cref="ArgumentException">A member listed twice, an unknown level or a share outside 0–1.</exception>
    public static ExcellenceQuotaResult Apply(IReadOnlyList<ExcellenceCandidate> decided)
    {
        ArgumentNullException.ThrowIfNull(decided);
        Validate(decided);

        var goodOrBetter = decided.Count(c => c.Level.IsAtLeast(EvaluationLevel.Good));
        var allowed = Allowed(goodOrBetter);
        var ranked = decided
            .Where(c => c.Level == EvaluationLevel.Excellent)
            .OrderByDescending(c => c.ExcellentVoteShare)
            .ThenBy(c => c.MemberId)
            .ToList();
        if (ranked.Count <= allowed)
        {
            return new ExcellenceQuotaResult(allowed, [.. decided], [], []);
        }

        var downgraded = ranked.Skip(allowed).Select(c => c.MemberId).Order().ToList();
        var notes = new List<string>
        {
            $"Theo tỉ lệ đang áp dụng (Quy định 124-QĐ/TW, nay được thay thế bởi Quy định 366-QĐ/TW ngày 30/8/2025; chi bộ đối chiếu hướng dẫn của cấp ủy cấp trên), số đảng viên hoàn thành xuất sắc nhiệm vụ không vượt quá 20 % số đảng viên hoàn thành tốt nhiệm vụ trở lên ({CellFormat.Number(goodOrBetter)} đồng chí), tức tối đa {CellFormat.Number(allowed)} đồng chí; {CellFormat.Number(downgraded.Count)} đồng chí được xếp loại Hoàn thành tốt nhiệm vụ.",
        };

        // Only a tie across the cut line changes who keeps the rating; with no place left, a tie decides nothing.
        var boundaryShare = ranked[allowed].ExcellentVoteShare;
        var tied = ranked.Where(c => c.ExcellentVoteShare.Equals(boundaryShare)).Select(c => c.MemberId).ToList();
        if (allowed > 0 && ranked[allowed - 1].ExcellentVoteShare.Equals(boundaryShare))
        {
            var kept = tied.Where(id => !downgraded.Contains(id)).ToList();
            notes.Add(
                $"Các đồng chí có mã {string.Join(", ", tied.Select(CellFormat.Number))} có cùng tỉ lệ phiếu xuất sắc ({CellFormat.Percent(boundaryShare)}) nhưng chỉ còn {CellFormat.Number(kept.Count)} suất; phần mềm đã chọn theo mã đảng viên tăng dần (giữ {string.Join(", ", kept.Select(CellFormat.Number))}). Chi bộ cần xem xét, quyết định lại.");
        }

        var down = downgraded.ToHashSet();
        var final = decided
            .Select(c => down.Contains(c.MemberId) ? c with { Level = EvaluationLevel.Good } : c)
            .ToList();
        return new ExcellenceQuotaResult(allowed, final, downgraded, notes);
    }

    private static void Validate(IReadOnlyList<ExcellenceCandidate> decided)
    {
        var seen = new HashSet<int>();
        foreach (var c in decided)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(decided));
            if (!seen.Add(c.MemberId))
            {
                throw new ArgumentException($"Đảng viên có mã {CellFormat.Number(c.MemberId)} xuất hiện hai lần trong danh sách.", nameof(decided));
            }

            if (!EvaluationLevels.IsDefined(c.Level))
            {
                throw new ArgumentException($"Mức xếp loại của đảng viên có mã {CellFormat.Number(c.MemberId)} không hợp lệ.", nameof(decided));
            }

            if (double.IsNaN(c.ExcellentVoteShare) || c.ExcellentVoteShare is < 0 or > 1)
            {
                throw new ArgumentException($"Tỉ lệ phiếu xuất sắc của đảng viên có mã {CellFormat.Number(c.MemberId)} phải từ 0 đến 1.", nameof(decided));
            }
        }
    }
}
