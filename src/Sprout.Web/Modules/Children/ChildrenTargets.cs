using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Children;

/// <summary>T9, the one computation the completeness page and the target dashboard both show.</summary>
public static class ChildrenTargets
{
    /// <summary>T9: every enrolled child's and every staff member's file is electronic; it counts once it carries its identifier.</summary>
    public static async Task<TargetReadout> T9Async(SproutDbContext db, CancellationToken ct)
    {
        var children = db.Children.AsNoTracking().Where(c => c.ClassroomId != null);
        var identified = await children.CountAsync(c => c.PersonalId != null, ct) + await db.StaffMembers.CountAsync(s => s.PersonalId != null, ct);
        var figure = new TargetFigure(identified, await children.CountAsync(ct) + await db.StaffMembers.CountAsync(ct));
        return TargetReadout.Percent("T9", figure, "Hồ sơ trẻ đang học và cán bộ có mã định danh: ");
    }
}
