using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>
/// An attempt the rules refused (a second vote, a minutes URL opened by a non-member, a skipped step).
/// Audited like personal data, so each refusal also lands in the tamper-evident chain.
/// </summary>
public class RefusedAction : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>What was attempted, e.g. "Bỏ phiếu đánh giá năm 2026".</summary>
    public required string Action { get; set; }
    public required string Reason { get; set; }
}
