using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Parents;

/// <summary>A one-time link (or QR code) that lets a guardian create their parent account.</summary>
public class GuardianInvitation : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int GuardianId { get; set; }
    public Children.Guardian? Guardian { get; set; }

    /// <summary>SHA-256 of the token: the database alone cannot be used to accept an invitation.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public int CreatedByUserId { get; set; }
}
