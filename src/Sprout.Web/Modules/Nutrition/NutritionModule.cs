using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Nutrition;

public sealed class NutritionModule : SproutModule
{
    public static AccessRight Manage { get; } = new("menu-manage", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Cook, Roles.Nurse, Roles.Accountant]);

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<MenuService>();
        services.AddScoped<FoodSafetyService>();
        services.AddScoped<SchoolFoodService>();
        services.AddScoped<KitchenSettingsService>();
    }

    public override IEnumerable<AccessRight> Rights => [Manage];

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Menus", "/thuc-don", Manage, 51),
        new("Nav.MenuThisWeek", "/thuc-don/tuan-nay", AccessRights.SignedIn, 52),
        new("Nav.FoodSafety", "/an-toan-thuc-pham", Manage, 53),
        new("Nav.Prices", "/thuc-don/gia", Manage, 54),
        new("Nav.Foods", "/thuc-don/thuc-pham", Manage, 55),
        new("Nav.Norms", "/thuc-don/chuan", Manage, 56),
    ];
}
