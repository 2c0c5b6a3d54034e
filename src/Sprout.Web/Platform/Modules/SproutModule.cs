using Sprout.Web.Platform.Authorization;

namespace Sprout.Web.Platform.Modules;

/// <summary>A navigation entry; shown only to those who hold its right. TextKey is looked up in <see cref="Localization.UiText"/>.</summary>
public sealed record MenuItem(string TextKey, string Href, AccessRight Permission, int Order);

/// <summary>Each capability registers its services, menu entries and endpoints in one place.</summary>
public abstract class SproutModule
{
    public virtual void AddServices(IServiceCollection services)
    {
    }

    public virtual IEnumerable<MenuItem> Menu => [];

    /// <summary>The module's own rights; each becomes an authorization policy named <see cref="AccessRight.Policy"/>.</summary>
    public virtual IEnumerable<AccessRight> Rights => [];

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

public sealed class ModuleCatalog(IEnumerable<SproutModule> modules)
{
    public IReadOnlyList<SproutModule> Modules { get; } = modules.ToList();

    public IReadOnlyList<MenuItem> Menu { get; } = modules.SelectMany(m => m.Menu).OrderBy(m => m.Order).ToList();
}
