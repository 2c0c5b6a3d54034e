using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// A member's yearly commitment (cam kết rèn luyện, tu dưỡng, nêu gương) with "một việc làm nêu gương –
/// một việc đổi mới sáng tạo", and the year-end self-report on it.
/// </summary>
public class MemberCommitment : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int PartyMemberId { get; set; }
    public PartyMember? PartyMember { get; set; }
    public int Year { get; set; }
    public required string Commitment { get; set; }
    public required string ExemplaryDeed { get; set; }
    public required string Innovation { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public string? SelfReport { get; set; }
    public DateTimeOffset? SelfReportAt { get; set; }
}
