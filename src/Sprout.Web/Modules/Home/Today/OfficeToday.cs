using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Home.Today;

public sealed record WaitingDocument(int Id, string Title, string? NumberText, DocumentStatus Status, string Step);

public sealed record MeetingToday(int Id, TimeOnly Start, string Place, string? Theme);

public sealed record LeadershipTodayView(IReadOnlyList<WaitingDocument> Documents, IReadOnlyList<TargetRow> AtRisk, IReadOnlyList<MeetingToday>? Meetings);

public sealed record AccountsProgress(int StaffMembers, int StaffWithAccount, int Guardians, int GuardiansWithAccount,
    int InvitationsPending, int InvitationsAccepted, int InvitationsExpired);

/// <summary>Read-only: what waits for the school's leadership, the clerk and the administrator today.</summary>
public sealed class OfficeToday(SproutDbContext db, DocumentService documents, PlanTargets targets, CellAccess cell, TimeProvider clock)
{
    /// <summary>
    /// The documents whose next step is this person's, by the same role rules as <see cref="DocumentService"/>:
    /// approval by the principal or vice principal (committee for Party documents), signature by the principal
    /// (secretary), issue by the clerk or principal (secretary).
    /// </summary>
    public async Task<IReadOnlyList<WaitingDocument>> WaitingAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        bool In(params string[] roles) => roles.Any(user.IsInRole);
        var approveAdmin = In(Roles.Principal, Roles.VicePrincipal);
        var approveParty = In(Roles.PartySecretary, Roles.PartyCommittee);
        var signAdmin = In(Roles.Principal);
        var signParty = In(Roles.PartySecretary);
        var issueAdmin = In(Roles.Clerk, Roles.Principal);
        var rows = await documents.Visible(user).AsNoTracking()
            .Where(d =>
                (d.Status == DocumentStatus.InReview && ((d.Kind == DocumentKind.Administrative && approveAdmin) || (d.Kind == DocumentKind.Party && approveParty)))
                || (d.Status == DocumentStatus.Approved && ((d.Kind == DocumentKind.Administrative && signAdmin) || (d.Kind == DocumentKind.Party && signParty)))
                || (d.Status == DocumentStatus.SignedByApprover && ((d.Kind == DocumentKind.Administrative && issueAdmin) || (d.Kind == DocumentKind.Party && signParty))))
            .OrderBy(d => d.Status).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.NumberText, d.Status })
            .Take(50)
            .ToListAsync(ct);
        return rows.Select(d => new WaitingDocument(d.Id, d.Title, d.NumberText, d.Status, StepOf(d.Status))).ToList();
    }

    public static string StepOf(DocumentStatus status) => status switch
    {
        DocumentStatus.InReview => "Chờ duyệt",
        DocumentStatus.Approved => "Chờ ký số",
        DocumentStatus.SignedByApprover => "Chờ ban hành",
        _ => DocumentService.StatusName(status),
    };

    public async Task<LeadershipTodayView> LeadershipAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var waiting = await WaitingAsync(user, ct);
        // Read only: the dashboard itself records the month's snapshot, the home page never writes.
        var rows = await targets.ComputeAsync(today, recordSnapshot: false, ct);
        IReadOnlyList<MeetingToday>? meetings = null;
        // Cell meetings are for the cell's members alone (CellAccess): others do not see the section at all.
        if (Roles.Party.Any(user.IsInRole) && await cell.ViewerAsync(user, ct) is not null)
        {
            meetings = await db.Set<CellMeeting>().AsNoTracking().Where(m => m.Date == today).OrderBy(m => m.StartTime).ThenBy(m => m.Id)
                .Select(m => new MeetingToday(m.Id, m.StartTime, m.Place, m.Theme)).ToListAsync(ct);
        }
        return new LeadershipTodayView(waiting, rows.Where(r => r.Assessment.Status == TargetStatus.AtRisk).ToList(), meetings);
    }

    public async Task<AccountsProgress> AccountsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staff = await db.Set<StaffMember>().CountAsync(ct);
        var staffWithAccount = await db.Set<StaffMember>().CountAsync(s => s.UserId != null, ct);
        var guardians = await db.Guardians.CountAsync(ct);
        var guardianIds = db.Guardians.Select(g => g.Id);
        var guardiansWithAccount = await db.Users.Where(u => u.GuardianId != null && guardianIds.Contains(u.GuardianId.Value)).Select(u => u.GuardianId).Distinct().CountAsync(ct);
        // Compared in memory: SQLite cannot compare DateTimeOffset values; a school has a few hundred invitations at most.
        var invitations = await db.Set<Parents.GuardianInvitation>().AsNoTracking().Select(i => new { i.AcceptedAt, i.ExpiresAt }).ToListAsync(ct);
        return new AccountsProgress(staff, staffWithAccount, guardians, guardiansWithAccount,
            invitations.Count(i => i.AcceptedAt == null && i.ExpiresAt > now),
            invitations.Count(i => i.AcceptedAt != null),
            invitations.Count(i => i.AcceptedAt == null && i.ExpiresAt <= now));
    }
}
