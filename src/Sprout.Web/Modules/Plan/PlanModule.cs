using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Plan;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Plan;

/// <summary>The plan and its 17 targets: what the principal and the Party secretary open every morning.</summary>
public sealed class PlanModule : SproutModule
{
    /// <summary>The school's leadership and the cell's committee read the plan and the dashboard.</summary>
    public static AccessRight View { get; } = new("plan-view", [Roles.Principal, Roles.VicePrincipal, Roles.PartySecretary, Roles.PartyCommittee]);

    /// <summary>Editing the plan, entering manual values and drawing up reports.</summary>
    public static AccessRight Edit { get; } = new("plan-edit", [Roles.Principal, Roles.VicePrincipal, Roles.PartySecretary]);

    public override void AddServices(IServiceCollection services) =>
        services.AddScoped<PlanTargets>().AddScoped<TargetDrillDown>().AddScoped<PlanService>();

    public override IEnumerable<AccessRight> Rights => [View, Edit];

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Targets", "/chi-tieu", View, 2),
        new("Nav.Plan", "/ke-hoach", View, 3),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/chi-tieu/minh-chung/{id:int}", async (int id, SproutDbContext db, CancellationToken ct) =>
            {
                var file = await db.Set<TargetManualValue>().AsNoTracking().Where(v => v.Id == id)
                    .Select(v => new { v.Evidence, v.EvidenceContentType, v.EvidenceFileName }).FirstOrDefaultAsync(ct);
                return file is null ? Results.NotFound() : Results.File(file.Evidence, file.EvidenceContentType, file.EvidenceFileName);
            })
            .RequireAuthorization(View.Policy);

        endpoints.MapGet("/chi-tieu/bao-cao.docx", async (int? nam, int? quy, ClaimsPrincipal user, PlanService plan, TimeProvider clock, CancellationToken ct) =>
            {
                var today = Platform.Text.VietnameseFormat.Today(clock);
                var year = nam ?? today.Year;
                if (year < 2000 || year > today.Year || quy is < 1 or > 4)
                {
                    return Results.BadRequest("Kỳ báo cáo không hợp lệ.");
                }
                var period = quy is { } q ? PlanReportPeriod.Quarter(year, q) : PlanReportPeriod.Year(year);
                var bytes = PlanReportBuilder.ToDocx(await plan.ReportInputAsync(period, ct)).ToBytes();
                var name = quy is { } n ? $"bao-cao-chi-tieu-quy-{n}-{year}.docx" : $"bao-cao-chi-tieu-nam-{year}.docx";
                return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
            })
            .RequireAuthorization(View.Policy);
    }
}
