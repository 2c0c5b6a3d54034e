using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Children;

public sealed class ChildrenModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<ClassAccess>();

    public override IEnumerable<MenuItem> Menu => [new("Nav.Classes", "/lop", AccessRights.ChildrenView, 10)];
}
