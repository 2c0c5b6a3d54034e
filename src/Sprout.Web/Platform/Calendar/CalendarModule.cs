using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Platform.Calendar;

/// <summary>The school calendar every module asks whether a day is a school day; the principal keeps its entries.</summary>
public sealed class CalendarModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<SchoolCalendar>();

    public override IEnumerable<MenuItem> Menu => [new("Nav.SchoolCalendar", "/lich-truong", AccessRights.SchoolSettings, 88)];
}
