using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Home;

public sealed class HomeModule : SproutModule
{
    public override IEnumerable<MenuItem> Menu => [new("Nav.Home", "/", AccessRights.SignedIn, 0)];
}
