using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// Sinh hoạt chi bộ số. Pages require a Party role by policy, then an active membership of this school's cell
/// (<see cref="CellAccess"/>); what a member may change beyond their own records is for the committee.
/// </summary>
public sealed class CellModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services
        .AddScoped<CellAccess>().AddScoped<CellMeetingService>().AddScoped<CellEvaluationService>().AddScoped<CellAdmissionService>()
        .AddScoped<CellRecordsService>().AddScoped<CellReportService>().AddScoped<CellTargets>()
        .AddSingleton<MeetingReminderWorker>().AddHostedService(sp => sp.GetRequiredService<MeetingReminderWorker>());

    public override IEnumerable<MenuItem> Menu => [new("Nav.Cell", "/chi-bo", AccessRights.CellView, 40)];
}
