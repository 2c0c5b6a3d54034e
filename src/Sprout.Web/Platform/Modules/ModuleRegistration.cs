using Sprout.Web.Modules.Account;
using Sprout.Web.Modules.Admin;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.Branding;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Home;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Modules.Parents;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Modules.Portal;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Modules.Ward;
using Sprout.Web.Platform.Authorization;

namespace Sprout.Web.Platform.Modules;

public static class ModuleRegistration
{
    private static readonly SproutModule[] Modules =
    [
        new HomeModule(), new AccountModule(), new ChildrenModule(), new AttendanceModule(), new ContactBookModule(), new HealthModule(), new NutritionModule(), new DocumentsModule(), new StaffModule(), new ParentsModule(),
        new CellModule(), new WardModule(), new AdminModule(), new PlanModule(), new PortalModule(), new BrandingModule(),
        new Calendar.CalendarModule(), new Notifications.NotificationsModule(),
    ];

    public static IServiceCollection AddSproutModules(this IServiceCollection services)
    {
        foreach (var module in Modules)
        {
            module.AddServices(services);
        }
        services.AddSingleton(new ModuleCatalog(Modules));
        services.AddSproutAuthorization(Modules.SelectMany(m => m.Rights));
        return services;
    }

    public static IEndpointRouteBuilder MapSproutEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in Modules)
        {
            module.MapEndpoints(endpoints);
        }
        return endpoints;
    }
}
