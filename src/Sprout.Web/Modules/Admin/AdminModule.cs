using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Admin;

public sealed class AdminModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<Sprout.Web.Platform.Audit.AuditVerifier>().AddScoped<SchoolSettingsService>();

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.SchoolSettings", "/quan-tri/truong", AccessRights.SchoolSettings, 90),
        new("Nav.Audit", "/quan-tri/nhat-ky", AccessRights.AuditView, 91),
    ];
}
