using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Media;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Branding;

public sealed class LogoRuleException(string message) : RuleException(message);

/// <summary>The only writer of <see cref="SchoolLogo"/>: one logo per school, replaced as a new row so its address changes.</summary>
public sealed class LogoService(SproutDbContext db, TimeProvider clock)
{
    /// <summary>The header shows it at 40 px; 256 keeps it sharp on a high-density phone screen and small to send.</summary>
    public const int MaxSide = 256;
    public const int MaxUploadBytes = 2 * 1024 * 1024;
    public const string TooLarge = "Tệp logo lớn hơn 2 MB. Vui lòng chọn ảnh nhỏ hơn.";

    public async Task SaveAsync(ClaimsPrincipal user, byte[]? upload, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0)
        {
            throw new LogoRuleException("Vui lòng chọn tệp ảnh logo (JPEG hoặc PNG).");
        }
        if (upload.Length > MaxUploadBytes)
        {
            throw new LogoRuleException(TooLarge);
        }
        SanitizedPhoto image;
        try
        {
            image = PhotoSanitizer.Sanitize(upload, MaxSide, 90);
        }
        catch (PhotoRejectedException ex)
        {
            throw new LogoRuleException(ex.Message);
        }
        var schoolId = user.SchoolIdOrThrow();
        // A new row (new id) rather than an update: the id is the image's version in its address, so browsers
        // holding the old logo in their cache fetch the new one.
        await db.Set<SchoolLogo>().Where(l => l.SchoolId == schoolId).ExecuteDeleteAsync(ct);
        db.Add(new SchoolLogo
        {
            SchoolId = schoolId, Jpeg = image.Jpeg, Width = image.Width, Height = image.Height,
            UpdatedAt = clock.GetUtcNow(), UpdatedBy = user.DisplayName(),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var schoolId = user.SchoolIdOrThrow();
        await db.Set<SchoolLogo>().Where(l => l.SchoolId == schoolId).ExecuteDeleteAsync(ct);
    }

    public async Task<byte[]?> JpegAsync(int schoolId, CancellationToken ct) =>
        await db.Set<SchoolLogo>().AsNoTracking().Where(l => l.SchoolId == schoolId).Select(l => l.Jpeg).FirstOrDefaultAsync(ct);

    /// <summary>
    /// For the public portal, where no one is signed in and the school scope hides every row: a school's logo is what
    /// it shows at its gate, public by nature, so the filter is ignored and the school named by the address.
    /// </summary>
    public async Task<byte[]?> PublicJpegAsync(int schoolId, CancellationToken ct) =>
        await db.Set<SchoolLogo>().IgnoreQueryFilters().AsNoTracking().Where(l => l.SchoolId == schoolId).Select(l => l.Jpeg).FirstOrDefaultAsync(ct);
}
