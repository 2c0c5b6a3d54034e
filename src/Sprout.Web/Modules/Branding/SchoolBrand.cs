using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Branding;

/// <summary>What the header shows: the school's name, and its logo's version (for the image address) when it has one.</summary>
public sealed record SchoolBrandInfo(string Name, long? LogoVersion);

public sealed class SchoolBrand(SproutDbContext db)
{
    /// <summary>One small query per page, by key: the name must show a change at once, so nothing is cached.</summary>
    public async Task<SchoolBrandInfo?> GetAsync(int schoolId, CancellationToken ct) =>
        await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new SchoolBrandInfo(s.Name,
                db.Set<SchoolLogo>().Where(l => l.SchoolId == s.Id).Select(l => (long?)l.Id).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
}
