using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Portal;

/// <summary>
/// A public page of one school: loads the school named in the URL (unknown → 404), marks the response
/// cacheable for anonymous visitors, then lets the page read its published data.
/// </summary>
public abstract class PortalPageBase : ComponentBase
{
    [Parameter] public int SchoolId { get; set; }
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected SproutDbContext Db { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    protected PortalSchool? School { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        School = await Db.Schools.AsNoTracking().Where(s => s.Id == SchoolId)
            .Select(s => new PortalSchool(s.Id, s.Name, s.Address, s.Phone, s.Email, s.Ward != null ? s.Ward.Name : string.Empty))
            .FirstOrDefaultAsync();
        if (School is null)
        {
            Navigation.NotFound();
            return;
        }
        PortalCache.MarkPublic(HttpContext!);
        await LoadAsync(School);
    }

    protected abstract Task LoadAsync(PortalSchool school);
}

public sealed record PortalSchool(int Id, string Name, string Address, string Phone, string Email, string Ward);
