using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Staff;

public sealed class StaffModule : SproutModule
{
    public override IEnumerable<MenuItem> Menu => [new("Nav.Staff", "/nhan-su", AccessRights.StaffView, 20)];
}
