using Sprout.Web.Modules.Home.Today;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Home;

public sealed class HomeModule : SproutModule
{
    public override void AddServices(IServiceCollection services) =>
        services.AddScoped<TodayAccess>().AddScoped<TodayMenu>().AddScoped<TeacherToday>().AddScoped<ParentToday>()
            .AddScoped<NurseToday>().AddScoped<CookToday>().AddScoped<OfficeToday>();

    public override IEnumerable<MenuItem> Menu => [new("Nav.Home", "/", AccessRights.SignedIn, 0)];
}
