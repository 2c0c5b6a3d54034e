namespace Sprout.Domain.Cell;

/// <summary>
/// Which admission step may be recorded on which date, and what is coming due.
/// </summary>
/// <remarks>
/// The steps are not a strict line: the papers (lý lịch, giới thiệu, nhận xét nơi cư trú) may arrive in any order
/// after the application, and the awareness course may be attended at any time after the person is identified,
/// provided the certificate predates the cell's resolution. Each step therefore lists what must come before it.
/// Probation lasts 12 months counted from the admission ceremony held by the cell (Điều lệ Đảng, Điều 5 khoản 1:
/// "tính từ ngày chi bộ tổ chức lễ kết nạp"), not from the date of the admission decision; party age, by contrast,
/// counts from the date written in the decision (Điều 5 khoản 4).
/// </remarks>
public static class AdmissionPipeline
{
    public const int ProbationMonths = 12;
    public const int ProbationWarningDays = 30;
    public const int ReviewIntervalMonths = 3;

    private static readonly Dictionary<AdmissionStep, AdmissionStep[]> Before = new()
    {
        [AdmissionStep.Identified] = [],
        [AdmissionStep.MentorsAssigned] = [AdmissionStep.Identified],
        [AdmissionStep.AwarenessCourse] = [AdmissionStep.Identified],
        [AdmissionStep.Application] = [AdmissionStep.MentorsAssigned],
        [AdmissionStep.PersonalHistory] = [AdmissionStep.Application],
        [AdmissionStep.UnionIntroduction] = [AdmissionStep.Application],
        [AdmissionStep.ResidenceComments] = [AdmissionStep.Application],
        [AdmissionStep.HistoryVerified] = [AdmissionStep.PersonalHistory],
        [AdmissionStep.CellResolution] =
            [AdmissionStep.AwarenessCourse, AdmissionStep.UnionIntroduction, AdmissionStep.ResidenceComments, AdmissionStep.HistoryVerified],
        [AdmissionStep.AdmissionDecision] = [AdmissionStep.CellResolution],
        [AdmissionStep.AdmissionCeremony] = [AdmissionStep.AdmissionDecision],
        [AdmissionStep.ProbationReview] = [AdmissionStep.AdmissionCeremony],
        [AdmissionStep.FullMembership] = [AdmissionStep.ProbationReview],
    };

    private static readonly Dictionary<AdmissionStep, HashSet<AdmissionStep>> AllBefore =
        Before.Keys.ToDictionary(s => s, Closure);

    /// <summary>Every step that must be recorded before <paramref name="step"/>, in pipeline order.</summary>
    public static IReadOnlyList<AdmissionStep> Prerequisites(AdmissionStep step) =>
        AllBefore.TryGetValue(step, out var set) ? [.. set.Order()] : throw new ArgumentOutOfRangeException(nameof(step));

    /// <summary>The first day on which the 12 months of probation are complete.</summary>
    /// <param name="admissionCeremony">Date of the ceremony, from which the charter counts probation.</param>
    public static DateOnly ProbationEnds(DateOnly admissionCeremony) => admissionCeremony.AddMonths(ProbationMonths);

    /// <summary>Whether the person counts as admitted (target T5): the admission decision has been issued.</summary>
    public static bool CountsAsAdmitted(IReadOnlyDictionary<AdmissionStep, DateOnly> done)
    {
        ArgumentNullException.ThrowIfNull(done);
        return done.ContainsKey(AdmissionStep.AdmissionDecision);
    }

    /// <summary>Null when <paramref name="step"/> may be recorded on <paramref name="date"/>, otherwise the Vietnamese reason.</summary>
    /// <param name="done">Steps already recorded; for <see cref="AdmissionStep.ProbationReview"/> the latest review.</param>
    public static string? CanRecord(AdmissionStep step, IReadOnlyDictionary<AdmissionStep, DateOnly> done, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(done);
        if (!AllBefore.TryGetValue(step, out var before))
        {
            throw new ArgumentOutOfRangeException(nameof(step));
        }

        if (step != AdmissionStep.ProbationReview && done.TryGetValue(step, out var recorded))
        {
            return $"Bước “{step.Name()}” đã được ghi nhận ngày {CellFormat.Date(recorded)}.";
        }

        foreach (var required in before.Order())
        {
            if (!done.ContainsKey(required))
            {
                return $"Chưa thực hiện bước “{required.Name()}”, cần hoàn thành trước bước “{step.Name()}”.";
            }
        }

        var latest = before.OrderByDescending(s => done[s]).ThenByDescending(s => s).FirstOrDefault();
        if (before.Count > 0 && date < done[latest])
        {
            return $"Ngày {CellFormat.Date(date)} sớm hơn ngày của bước “{latest.Name()}” ({CellFormat.Date(done[latest])}).";
        }

        var later = AfterwardsRecorded(step, done).Where(s => done[s] < date).OrderBy(s => done[s]).ThenBy(s => s).ToList();
        if (later.Count > 0)
        {
            var first = later[0];
            return step == AdmissionStep.AwarenessCourse && first == AdmissionStep.CellResolution
                ? $"Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng phải có trước ngày chi bộ ra nghị quyết đề nghị kết nạp ({CellFormat.Date(done[first])})."
                : $"Ngày {CellFormat.Date(date)} muộn hơn ngày của bước sau “{first.Name()}” ({CellFormat.Date(done[first])}).";
        }

        if (step == AdmissionStep.FullMembership)
        {
            var ceremony = done[AdmissionStep.AdmissionCeremony];
            var ends = ProbationEnds(ceremony);
            if (date < ends)
            {
                return $"Thời gian dự bị là 12 tháng kể từ ngày chi bộ tổ chức lễ kết nạp ({CellFormat.Date(ceremony)}); chỉ xét công nhận đảng viên chính thức từ ngày {CellFormat.Date(ends)}.";
            }
        }

        return null;
    }

    /// <summary>
    /// What is due for a probationary member on <paramref name="today"/>: the end of probation approaching or passed,
    /// and a mentor's review when none was recorded in the last three months.
    /// </summary>
    /// <param name="reviews">Dates of the mentors' reviews recorded during probation.</param>
    public static IReadOnlyList<Reminder> Reminders(IReadOnlyDictionary<AdmissionStep, DateOnly> done, IReadOnlyList<DateOnly> reviews, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(reviews);
        var reminders = new List<Reminder>();
        if (!done.TryGetValue(AdmissionStep.AdmissionCeremony, out var ceremony) || done.ContainsKey(AdmissionStep.FullMembership) || today < ceremony)
        {
            return reminders;
        }

        var ends = ProbationEnds(ceremony);
        if (today >= ends)
        {
            reminders.Add(new Reminder(
                AdmissionStep.FullMembership,
                ends,
                $"Đã hết thời gian dự bị từ ngày {CellFormat.Date(ends)}; chi bộ cần kịp thời xét công nhận đảng viên chính thức."));
            return reminders;
        }

        if (today >= ends.AddDays(-ProbationWarningDays))
        {
            reminders.Add(new Reminder(
                AdmissionStep.FullMembership,
                ends,
                $"Sắp hết thời gian dự bị (ngày {CellFormat.Date(ends)}); chi bộ chuẩn bị hồ sơ xét công nhận đảng viên chính thức."));
        }

        var known = done.TryGetValue(AdmissionStep.ProbationReview, out var latestDone) ? reviews.Append(latestDone) : reviews;
        var past = known.Where(d => d >= ceremony && d <= today).ToList();
        var since = past.Count > 0 ? past.Max() : ceremony;
        var due = since.AddMonths(ReviewIntervalMonths);
        if (today >= due)
        {
            var last = past.Count > 0 ? $"lần gần nhất ngày {CellFormat.Date(since)}" : "chưa có lần nào";
            reminders.Add(new Reminder(
                AdmissionStep.ProbationReview,
                due,
                $"Đến hạn nhận xét của đảng viên giúp đỡ: không có nhận xét nào trong 3 tháng qua ({last})."));
        }

        return reminders;
    }

    private static IEnumerable<AdmissionStep> AfterwardsRecorded(AdmissionStep step, IReadOnlyDictionary<AdmissionStep, DateOnly> done) =>
        AllBefore.Where(p => p.Value.Contains(step) && done.ContainsKey(p.Key)).Select(p => p.Key);

    private static HashSet<AdmissionStep> Closure(AdmissionStep step)
    {
        var set = new HashSet<AdmissionStep>();
        var stack = new Stack<AdmissionStep>(Before[step]);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (set.Add(s))
            {
                foreach (var p in Before[s])
                {
                    stack.Push(p);
                }
            }
        }

        return set;
    }
}
