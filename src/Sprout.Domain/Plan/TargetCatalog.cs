namespace Sprout.Domain.Plan;

/// <summary>
/// The 17 targets of the 2025–2027 plan (Phần thứ hai, II; T5 and T17 from III.4 and III.1; T16 from III.12).
/// </summary>
/// <remarks>
/// Deadlines: the plan runs for the term 2025–2027, so every target is due by 31/12/2027; T5 says so outright
/// ("đến cuối năm 2027"). Targets the plan judges every year or quarter carry <see cref="TargetPeriod"/> and
/// are due at the end of each period as well (see <see cref="TargetEvaluator.DueDate"/>). Owners follow the
/// assignment table: the deputy secretary runs Party affairs and meetings, the committee member runs teaching
/// quality and innovation; the principal and the nurse own what their offices record.
/// </remarks>
public static class TargetCatalog
{
    /// <summary>The day the plan was issued; the first day targets are tracked from.</summary>
    public static readonly DateOnly PlanStart = new(2025, 10, 30);

    /// <summary>The end of the term 2025–2027.</summary>
    public static readonly DateOnly TermEnd = new(2027, 12, 31);

    private const string Secretary = "Bí thư chi bộ";
    private const string DeputySecretary = "Phó bí thư chi bộ";
    private const string CommitteeMember = "Chi ủy viên";
    private const string Principal = "Hiệu trưởng";
    private const string VicePrincipal = "Phó hiệu trưởng";
    private const string Nurse = "Nhân viên y tế";
    private const string Unions = "Công đoàn, Chi đoàn";

    public static IReadOnlyList<Target> All { get; } =
    [
        new("T1", "Chi bộ hoàn thành xuất sắc nhiệm vụ", "Chi bộ đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ”, “chi bộ 4 tốt”",
            TargetComparison.Equal, 1, TargetUnit.YesNo, Secretary, TermEnd, TargetPeriod.Year, TargetSource.Cell, TargetArea.PartyBuilding),
        new("T2", "Công đoàn, chi đoàn xếp loại Tốt", "Các tổ chức Công đoàn, chi đoàn được đánh giá xếp loại Tốt trở lên",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, Unions, TermEnd, TargetPeriod.Year, TargetSource.Cell, TargetArea.PartyBuilding),
        new("T3", "Đảng viên dự sinh hoạt, học tập nghị quyết", "100% đảng viên tham gia đầy đủ sinh hoạt chi bộ định kỳ, học tập nghị quyết",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, DeputySecretary, TermEnd, TargetPeriod.Year, TargetSource.Cell, TargetArea.PartyBuilding),
        new("T4", "Bồi dưỡng chính trị, kỹ năng lãnh đạo", "100% đảng viên, cán bộ quản lý, tổ trưởng chuyên môn được bồi dưỡng, cập nhật kiến thức chính trị, đạo đức công vụ, kỹ năng lãnh đạo",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, DeputySecretary, TermEnd, TargetPeriod.Term, TargetSource.Staff, TargetArea.PartyBuilding),
        new("T5", "Kết nạp đảng viên mới", "Kết nạp ít nhất 03 đảng viên mới là giáo viên, nhân viên có năng lực, phẩm chất tốt (đến cuối năm 2027)",
            TargetComparison.AtLeast, 3, TargetUnit.Count, Secretary, TermEnd, TargetPeriod.Term, TargetSource.Cell, TargetArea.PartyBuilding),
        new("T6", "Cam kết rèn luyện đạo đức nhà giáo", "100% đảng viên, giáo viên, nhân viên cam kết rèn luyện phẩm chất đạo đức, chuẩn mực đạo đức nhà giáo",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, Principal, TermEnd, TargetPeriod.Year, TargetSource.Staff, TargetArea.StaffAndInnovation),
        new("T7", "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "100% đảng viên được xếp loại hằng năm hoàn thành tốt nhiệm vụ trở lên; không có đảng viên vi phạm",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, DeputySecretary, TermEnd, TargetPeriod.Year, TargetSource.Cell, TargetArea.PartyBuilding),
        new("T8", "Tập huấn chuyển đổi số, AI", "100% cán bộ, giáo viên, nhân viên được tập huấn chuyển đổi số, công nghệ thông tin, trí tuệ nhân tạo (AI) trong giáo dục mầm non",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, CommitteeMember, TermEnd, TargetPeriod.Term, TargetSource.Staff, TargetArea.StaffAndInnovation),
        new("T9", "Hồ sơ điện tử có mã định danh", "100% hồ sơ quản lý học sinh, giáo viên dưới dạng điện tử, có mã định danh",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, VicePrincipal, TermEnd, TargetPeriod.Term, TargetSource.Children, TargetArea.DigitalTransformation),
        new("T10", "Văn bản ký số, lưu trữ điện tử", "100% kế hoạch, báo cáo, văn bản hành chính được xử lý, ký số, lưu trữ điện tử",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, Principal, TermEnd, TargetPeriod.Term, TargetSource.Documents, TargetArea.DigitalTransformation),
        new("T11", "Chỉ số hài lòng của phụ huynh (SISPAS)", "Chỉ số hài lòng của phụ huynh (SISPAS) đạt từ 90% trở lên",
            TargetComparison.AtLeast, 90, TargetUnit.Percent, DeputySecretary, TermEnd, TargetPeriod.Year, TargetSource.Surveys, TargetArea.ChildrenAndParents),
        new("T12", "Lớp học có thiết bị số cơ bản", "100% lớp học được trang bị thiết bị số cơ bản (máy tính, tivi, camera lớp, kết nối mạng ổn định)",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, Principal, TermEnd, TargetPeriod.Term, TargetSource.Assets, TargetArea.DigitalTransformation),
        new("T13", "Giáo viên có sáng kiến đổi mới", "80% giáo viên trở lên có ít nhất 01 sáng kiến hoặc giải pháp đổi mới trong chăm sóc, giáo dục trẻ mỗi năm",
            TargetComparison.AtLeast, 80, TargetUnit.Percent, CommitteeMember, TermEnd, TargetPeriod.Year, TargetSource.Innovation, TargetArea.StaffAndInnovation),
        new("T14", "Trẻ phát triển toàn diện theo độ tuổi", "Tỷ lệ trẻ phát triển toàn diện theo độ tuổi đạt trên 98%",
            TargetComparison.MoreThan, 98, TargetUnit.Percent, VicePrincipal, TermEnd, TargetPeriod.Year, TargetSource.Health, TargetArea.ChildrenAndParents),
        new("T15", "Trẻ béo phì, suy dinh dưỡng", "Tỷ lệ trẻ béo phì, suy dinh dưỡng dưới 2%",
            TargetComparison.LessThan, 2, TargetUnit.Percent, Nurse, TermEnd, TargetPeriod.Year, TargetSource.Health, TargetArea.ChildrenAndParents),
        new("T16", "Trẻ được theo dõi sức khỏe định kỳ", "100% trẻ được theo dõi sức khỏe định kỳ, hồ sơ sức khỏe điện tử được cập nhật chính xác",
            TargetComparison.AtLeast, 100, TargetUnit.Percent, Nurse, TermEnd, TargetPeriod.Year, TargetSource.Health, TargetArea.ChildrenAndParents),
        new("T17", "Sinh hoạt chuyên đề mỗi quý", "Mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề",
            TargetComparison.AtLeast, 1, TargetUnit.Count, DeputySecretary, TermEnd, TargetPeriod.Quarter, TargetSource.Cell, TargetArea.PartyBuilding),
    ];

    /// <summary>The target with this code ("T5", "t5"), or null.</summary>
    public static Target? Find(string code) =>
        All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <exception cref="KeyNotFoundException">No target has this code.</exception>
    public static Target Get(string code) => Find(code) ?? throw new KeyNotFoundException("Không có chỉ tiêu " + code + ".");
}
