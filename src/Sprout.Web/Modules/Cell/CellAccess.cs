using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Cell;

/// <summary>The signed-in person as the cell knows them: which member, and whether they sit on the committee.</summary>
public sealed record CellViewer(int SchoolId, int MemberId, int StaffMemberId, string Name, bool Committee, bool Secretary);

/// <summary>
/// The cell is confidential: the role alone is not enough, the person must be an active member of this
/// school's cell. Every refusal is written to the audit chain.
/// </summary>
public sealed class CellAccess(SproutDbContext db, TimeProvider clock)
{
    public async Task<CellViewer?> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return null;
        }
        var member = await db.PartyMembers.AsNoTracking()
            .Where(p => p.StaffMember!.UserId == userId && p.TransferredOutOn == null)
            .Select(p => new { p.Id, p.StaffMemberId, p.StaffMember!.FamilyName, p.StaffMember.MiddleName, p.StaffMember.GivenName })
            .FirstOrDefaultAsync(ct);
        if (member is null)
        {
            return null;
        }
        var secretary = user.IsInRole(Roles.PartySecretary);
        var name = new Sprout.Domain.Text.PersonName(member.FamilyName, member.MiddleName, member.GivenName).FullName;
        return new CellViewer(user.SchoolIdOrThrow(), member.Id, member.StaffMemberId, name, secretary || user.IsInRole(Roles.PartyCommittee), secretary);
    }

    /// <summary>Records a refused attempt in its own save, so nothing else the request had pending goes with it.</summary>
    public async Task RecordRefusalAsync(ClaimsPrincipal user, string action, string reason, CancellationToken ct)
    {
        if (user.SchoolId() is not { } schoolId)
        {
            return;
        }
        db.ChangeTracker.Clear();
        db.Add(new RefusedAction
        {
            SchoolId = schoolId, At = clock.GetUtcNow(), UserId = user.UserId(), UserName = user.DisplayName(),
            Action = action, Reason = reason,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the refusal, then stops the action with the reason shown to the user.</summary>
    public async Task RefuseAsync(ClaimsPrincipal user, string action, string reason, CancellationToken ct)
    {
        await RecordRefusalAsync(user, action, reason, ct);
        throw new CellRuleException(reason);
    }

    public async Task RequireCommitteeAsync(ClaimsPrincipal user, CellViewer viewer, string action, CancellationToken ct)
    {
        if (!viewer.Committee)
        {
            await RefuseAsync(user, action, "Chỉ chi ủy được thực hiện việc này.", ct);
        }
    }

    /// <summary>Every member's full name by member id, transferred members included, for minutes and lists.</summary>
    public async Task<Dictionary<int, string>> MemberNamesAsync(CancellationToken ct) =>
        (await db.PartyMembers.AsNoTracking()
            .Select(p => new { p.Id, p.StaffMember!.FamilyName, p.StaffMember.MiddleName, p.StaffMember.GivenName }).ToListAsync(ct))
        .ToDictionary(p => p.Id, p => new Sprout.Domain.Text.PersonName(p.FamilyName, p.MiddleName, p.GivenName).FullName);
}
