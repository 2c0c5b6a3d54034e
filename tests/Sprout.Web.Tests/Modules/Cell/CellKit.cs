using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Cell;

/// <summary>One member of the demo cell as the services see them: their principal and their viewer.</summary>
public sealed record CellPerson(ClaimsPrincipal User, CellViewer Viewer);

/// <summary>
/// The cell's services over one school-scoped context, as a request of the demo school would get them,
/// with every active member able to act in turn.
/// </summary>
public sealed class CellKit : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;

    private CellKit(AsyncServiceScope scope, SproutDbContext db, int schoolId)
    {
        this.scope = scope;
        Db = db;
        SchoolId = schoolId;
        var clock = TimeProvider.System;
        Access = new CellAccess(db, clock);
        var documents = Documents = new DocumentService(db, scope.ServiceProvider.GetRequiredService<SigningKeyStore>(), clock);
        Meetings = new CellMeetingService(db, Access, documents, scope.ServiceProvider.GetRequiredService<SigningKeyStore>(),
            scope.ServiceProvider.GetRequiredService<NotificationOutbox>(), clock);
        Evaluations = new CellEvaluationService(db, Access, clock);
        Admissions = new CellAdmissionService(db, Access);
        Records = new CellRecordsService(db, Access, clock);
        Targets = new CellTargets(db);
        Reports = new CellReportService(db, Access, Targets, documents, clock);
    }

    public SproutDbContext Db { get; }
    public int SchoolId { get; }
    public CellAccess Access { get; }
    public DocumentService Documents { get; }
    public CellMeetingService Meetings { get; }
    public CellEvaluationService Evaluations { get; }
    public CellAdmissionService Admissions { get; }
    public CellRecordsService Records { get; }
    public CellTargets Targets { get; }
    public CellReportService Reports { get; }

    public static async Task<CellKit> OpenAsync(SproutAppFactory app)
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        return new CellKit(scope, factory.Create(SchoolScope.ForSchool(schoolId)), schoolId);
    }

    /// <summary>Every active member, the secretary first, as the services would see each of them signed in.</summary>
    public async Task<List<CellPerson>> MembersAsync()
    {
        var rows = await Db.PartyMembers.AsNoTracking().Where(p => p.TransferredOutOn == null && p.StaffMember!.UserId != null)
            .OrderBy(p => p.Id).Select(p => new { p.StaffMember!.UserId, p.CellPosition }).ToListAsync();
        var people = new List<CellPerson>();
        foreach (var row in rows)
        {
            var roles = row.CellPosition switch
            {
                "Bí thư" => new[] { Roles.PartySecretary, Roles.PartyMember },
                "Phó bí thư" or "Chi ủy viên" => [Roles.PartyCommittee, Roles.PartyMember],
                _ => [Roles.PartyMember],
            };
            var user = Principal(row.UserId!.Value, roles);
            people.Add(new CellPerson(user, (await Access.ViewerAsync(user, CancellationToken.None))!));
        }
        Db.ChangeTracker.Clear();
        return people;
    }

    public ClaimsPrincipal Principal(int userId, params string[] roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, $"user{userId}"),
            new(SproutClaims.School, SchoolId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", ClaimTypes.Name, ClaimTypes.Role));
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await scope.DisposeAsync();
    }
}
