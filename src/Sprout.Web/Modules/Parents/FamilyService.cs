using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Parents;

/// <summary>What a family writes on its own child's file: for now, the foods the child will not eat.</summary>
public sealed class FamilyService(SproutDbContext db, ChildAccess access)
{
    public const int MaxDislikes = 300;

    public async Task SaveFoodDislikesAsync(int childId, string? text, ClaimsPrincipal user, CancellationToken ct)
    {
        // The guardian capacity only: staff edit the child's file on their own pages.
        await access.EnsureCanChangeChildAsync(user, childId, AccessRights.ParentHome, ct);
        var child = await db.Children.FirstAsync(c => c.Id == childId, ct);
        var clean = text?.Trim() ?? string.Empty;
        child.FoodDislikes = clean.Length == 0 ? null : clean[..Math.Min(MaxDislikes, clean.Length)];
        await db.SaveChangesAsync(ct);
    }
}
