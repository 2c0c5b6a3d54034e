using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Parents;

public sealed class ParentsModule : SproutModule
{
    public override void AddServices(IServiceCollection services) => services.AddScoped<InvitationService>().AddScoped<FamilyService>();

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.MyChildren", "/con-toi", AccessRights.ParentHome, 1),
        new("Nav.Invitations", "/phu-huynh/loi-moi", AccessRights.ParentsInvite, 30),
    ];
}
