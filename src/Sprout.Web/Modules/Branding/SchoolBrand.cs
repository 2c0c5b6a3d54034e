using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Branding;

/// <summary>What the header shows: the school's name, and its logo's version (for the image address) when it has one.</summary>
public sealed record SchoolBrandInfo(string Name, long? LogoVersion);

/// <summary>
/// Reads with a context of its own: the layout initialises while the page below it is initialising, and two
/// operations on the request's one context at the same moment fail. The query names the school itself, so the
/// system scope (no school filter) reads nothing of another school.
/// </summary>
public sealed class SchoolBrand(SproutDbContextFactory contexts)
{
    /// <summary>One small query per page, by key: the name must show a change at once, so nothing is cached.</summary>
    public async Task<SchoolBrandInfo?> GetAsync(int schoolId, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        return await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new SchoolBrandInfo(s.Name,
                db.Set<SchoolLogo>().Where(l => l.SchoolId == s.Id).Select(l => (long?)l.Id).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
    }
}
