namespace Sprout.Domain.Cell;

/// <summary>
/// The steps from an outstanding candidate (quần chúng ưu tú) to full membership (Quy định 24-QĐ/TW, 2021), in the
/// order they are usually done. The values are stable: stores keep them.
/// </summary>
public enum AdmissionStep
{
    Identified = 0,
    MentorsAssigned = 1,
    AwarenessCourse = 2,
    Application = 3,
    PersonalHistory = 4,
    UnionIntroduction = 5,
    ResidenceComments = 6,
    HistoryVerified = 7,
    CellResolution = 8,
    AdmissionDecision = 9,
    AdmissionCeremony = 10,

    /// <summary>Recorded several times during probation; the pipeline keeps only the latest date.</summary>
    ProbationReview = 11,
    FullMembership = 12,
}

/// <summary>Vietnamese names of the admission steps.</summary>
public static class AdmissionSteps
{
    public static string Name(this AdmissionStep step) => step switch
    {
        AdmissionStep.Identified => "Quần chúng ưu tú được giới thiệu",
        AdmissionStep.MentorsAssigned => "Phân công đảng viên giúp đỡ",
        AdmissionStep.AwarenessCourse => "Học lớp bồi dưỡng nhận thức về Đảng (giấy chứng nhận)",
        AdmissionStep.Application => "Đơn xin vào Đảng",
        AdmissionStep.PersonalHistory => "Lý lịch của người xin vào Đảng",
        AdmissionStep.UnionIntroduction => "Giới thiệu của Công đoàn hoặc Đoàn Thanh niên",
        AdmissionStep.ResidenceComments => "Nhận xét của nơi cư trú",
        AdmissionStep.HistoryVerified => "Thẩm tra lý lịch",
        AdmissionStep.CellResolution => "Nghị quyết đề nghị kết nạp của chi bộ",
        AdmissionStep.AdmissionDecision => "Quyết định kết nạp của Đảng ủy cấp trên",
        AdmissionStep.AdmissionCeremony => "Lễ kết nạp",
        AdmissionStep.ProbationReview => "Nhận xét của đảng viên giúp đỡ trong thời gian dự bị",
        AdmissionStep.FullMembership => "Công nhận đảng viên chính thức",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
