using System.Security.Claims;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Export;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Health;

public sealed class HealthModule : SproutModule
{
    /// <summary>Read statuses and record measurements (teachers for their own classes).</summary>
    public static AccessRight Read { get; } = new("health-read", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Nurse, Roles.Teacher]);

    /// <summary>Write the e-health record: checks, vaccinations, illnesses.</summary>
    public static AccessRight Manage { get; } = new("health-manage", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Nurse]);

    /// <summary>A child's health page: staff through their classes, parents through their own children.</summary>
    public static AccessRight ChildPage { get; } = new("health-child", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Nurse, Roles.Teacher, Roles.Parent]);

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<HealthService>();
        services.AddScoped<IndicatorAssessmentService>();
        services.AddScoped<DevelopmentIndicatorImport>();
        services.AddScoped<DevelopmentIndicatorService>();
        services.AddSingleton<MedicineReminderWorker>().AddHostedService(sp => sp.GetRequiredService<MedicineReminderWorker>());
    }

    public override IEnumerable<AccessRight> Rights => [Read, Manage, ChildPage];

    public override IEnumerable<MenuItem> Menu => [new("Nav.Health", "/suc-khoe", Read, 15)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/suc-khoe/bao-cao.xlsx", async (ClaimsPrincipal user, HealthService health, Microsoft.Extensions.Localization.IStringLocalizer<Platform.Localization.UiText> text, CancellationToken ct) =>
            {
                var rows = HealthService.Report(await health.StatusesAsync(user, null, ct), g => text[$"AgeGroup.{g}"]);
                string Rate(int n, int d) => d == 0 ? "" : ((double)n / d).ToString("P1", Platform.Text.VietnameseFormat.Culture);
                var sheet = rows.Select(r => new Dictionary<string, object?>
                {
                    ["Lớp / độ tuổi"] = r.Group, ["Số trẻ"] = r.Children, ["Số trẻ được cân đo"] = r.Measured,
                    ["SDD nhẹ cân"] = r.Underweight, ["Tỉ lệ SDD nhẹ cân"] = Rate(r.Underweight, r.Measured),
                    ["SDD thấp còi"] = r.Stunted, ["Tỉ lệ SDD thấp còi"] = Rate(r.Stunted, r.Measured),
                    ["SDD gầy còm"] = r.Wasted, ["Tỉ lệ SDD gầy còm"] = Rate(r.Wasted, r.Measured),
                    ["Thừa cân"] = r.Overweight, ["Tỉ lệ thừa cân"] = Rate(r.Overweight, r.Measured),
                    ["Béo phì"] = r.Obese, ["Tỉ lệ béo phì"] = Rate(r.Obese, r.Measured),
                }).ToList();
                return Spreadsheet.File(sheet, "Tình trạng dinh dưỡng", "bao-cao-tinh-trang-dinh-duong.xlsx");
            })
            .RequireAuthorization(Read.Policy);
}
