using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Cell;

public sealed class CellModule : SproutModule
{
    public override IEnumerable<MenuItem> Menu => [new("Nav.Cell", "/chi-bo", AccessRights.CellView, 40)];
}
