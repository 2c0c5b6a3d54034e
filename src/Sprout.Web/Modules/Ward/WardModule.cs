using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Ward;

public sealed class WardModule : SproutModule
{
    public override IEnumerable<MenuItem> Menu => [new("Nav.Ward", "/phuong", AccessRights.WardView, 5)];
}
