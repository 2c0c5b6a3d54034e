using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Media;
using Sprout.Domain.Photos;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.ContactBook;

public sealed record AlbumPhoto(int Id, int Width, int Height, string? Caption, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record AlbumDay(DateOnly Date, IReadOnlyList<AlbumPhoto> Photos);

/// <summary>One page of a class album as a family sees it: days newest first, and whether older days follow.</summary>
public sealed record AlbumPage(int ChildId, string ChildName, int ClassId, string ClassName, IReadOnlyList<AlbumDay> Days, bool More);

public sealed record AlbumUpload(string FileName, byte[] Bytes);

/// <summary>
/// The class photo album: the class's teachers post photos of the day, the class's families look at them. Who may do
/// either is asked of <see cref="ChildAccess"/>; whose picture may be posted is the consent rule of
/// <see cref="ClassPhotoConsent"/>, which the teacher confirms because only they see who is in a photo.
/// </summary>
public sealed class ClassAlbumService(SproutDbContext db, ChildAccess access, TimeProvider clock, NotificationOutbox outbox)
{
    public const int DaysPerPage = 5;

    /// <summary>A deleted photo can be restored this long, then it is purged with the school's next album change.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(1);

    public Task<Classroom?> ClassForTeacherAsync(int classId, ClaimsPrincipal user, CancellationToken ct) =>
        access.ChangeableClasses(user, ContactBookModule.Write).AsNoTracking().FirstOrDefaultAsync(c => c.Id == classId, ct);

    /// <summary>The class's children whose families have not consented (or withdrew): named on the upload form.</summary>
    public async Task<IReadOnlyList<string>> ChildrenWithoutConsentAsync(int classId, CancellationToken ct)
    {
        var names = await WithoutConsent(classId).AsNoTracking().Select(c => new PersonName(c.FamilyName, c.MiddleName, c.GivenName)).ToListAsync(ct);
        return names.OrderBy(n => n, VietnameseNameComparer.Instance).Select(n => n.FullName).ToList();
    }

    // Child.HasConsent is not mapped: the same rule, in a form the database can answer.
    private IQueryable<Child> WithoutConsent(int classId) =>
        db.Children.Where(c => c.ClassroomId == classId && (c.ConsentGivenAt == null || c.ConsentWithdrawnAt != null));

    public async Task<IReadOnlyList<AlbumPhoto>> DayAsync(int classId, DateOnly date, bool deleted, CancellationToken ct) =>
        await db.Set<ClassPhoto>().AsNoTracking().Where(p => p.ClassroomId == classId && p.Date == date && (p.DeletedAt != null) == deleted)
            .OrderBy(p => p.Id).Select(p => new AlbumPhoto(p.Id, p.Width, p.Height, p.Caption, p.UploadedBy, p.UploadedAt)).ToListAsync(ct);

    public Task<int> CountAsync(int classId, DateOnly date, CancellationToken ct) =>
        db.Set<ClassPhoto>().CountAsync(p => p.ClassroomId == classId && p.Date == date && p.DeletedAt == null, ct);

    /// <summary>
    /// Adds the photos of one post in one save. Nothing is decoded before the person is known to teach the class, and
    /// nothing is written unless every photo passes the header check and re-encoding. The class's families are told
    /// once a day: when the day's album gets its first photos. Returns how many photos were added.
    /// </summary>
    public async Task<int> AddAsync(int classId, DateOnly date, IReadOnlyList<AlbumUpload> uploads, string? caption, bool consentConfirmed, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, ContactBookModule.Write, ct);
        var now = clock.GetUtcNow();
        if (date > Platform.Text.VietnameseFormat.Today(clock))
        {
            throw new ContactBookRuleException("Không thể đăng ảnh cho một ngày chưa tới.");
        }
        caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        var withoutConsent = await WithoutConsent(classId).CountAsync(ct);
        if (ClassPhotoConsent.Refusal(uploads.Count, withoutConsent, consentConfirmed, caption) is { } refusal)
        {
            throw new ContactBookRuleException(refusal);
        }
        var schoolId = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct);
        var photos = new List<ClassPhoto>();
        foreach (var upload in uploads)
        {
            SanitizedPhoto sanitized;
            try
            {
                sanitized = PhotoSanitizer.Sanitize(upload.Bytes);
            }
            catch (PhotoRejectedException ex)
            {
                throw new ContactBookRuleException($"{upload.FileName}: {ex.Message} Chưa ảnh nào được đăng.");
            }
            photos.Add(new ClassPhoto
            {
                SchoolId = schoolId, ClassroomId = classId, Date = date, Caption = caption, Jpeg = sanitized.Jpeg,
                Jpeg640 = Smaller(sanitized, 640), Jpeg320 = Smaller(sanitized, 320), Jpeg160 = Smaller(sanitized, 160),
                Width = sanitized.Width, Height = sanitized.Height, UploadedBy = user.DisplayName(), UploadedAt = now,
            });
        }
        // Two teachers posting the day's first photos at the same moment would both find the day empty: the check and
        // the insert are one audited transaction, which writers take one at a time.
        await using (var transaction = await db.BeginAuditedTransactionAsync(ct))
        {
            // Deleted photos count too: deleting the day's photos and posting others does not ring the families again.
            var firstOfDay = !await db.Set<ClassPhoto>().AnyAsync(p => p.ClassroomId == classId && p.Date == date, ct);
            db.AddRange(photos);
            if (firstOfDay)
            {
                await TellFamiliesAsync(schoolId, classId, date, user, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await PurgeAsync(schoolId, now, ct);
        return photos.Count;
    }

    private static byte[]? Smaller(SanitizedPhoto photo, int side) =>
        PhotoSizes.Pick(side, photo.Width, photo.Height) is null ? null : PhotoSanitizer.Thumbnail(photo.Jpeg, side);

    /// <summary>Each family's link names their own child in the class (the parent pages go by child).</summary>
    private async Task TellFamiliesAsync(int schoolId, int classId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        var children = await db.Children.Where(c => c.ClassroomId == classId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var accounts = await NotificationAudience.GuardianAccountsByChildAsync(db, children, ct);
        var told = new HashSet<int>();
        foreach (var child in children)
        {
            var fresh = accounts[child].Where(told.Add).ToList();
            await outbox.EnqueueAsync(db, schoolId, NotificationKind.ClassPhotos, fresh, "Ảnh của lớp hôm nay",
                $"{user.DisplayName()} đã đăng ảnh của lớp ngày {Platform.Text.VietnameseFormat.Date(date)}.",
                $"/con-toi/{child}/album-anh", ct);
        }
    }

    /// <summary>Hides the photo at once; it can be restored within <see cref="UndoWindow"/>.</summary>
    public Task DeleteAsync(int classId, int photoId, ClaimsPrincipal user, CancellationToken ct) =>
        SetDeletedAsync(classId, photoId, clock.GetUtcNow(), user, ct);

    public Task RestoreAsync(int classId, int photoId, ClaimsPrincipal user, CancellationToken ct) =>
        SetDeletedAsync(classId, photoId, null, user, ct);

    private async Task SetDeletedAsync(int classId, int photoId, DateTimeOffset? deletedAt, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, ContactBookModule.Write, ct);
        var photo = await db.Set<ClassPhoto>().FirstOrDefaultAsync(p => p.Id == photoId && p.ClassroomId == classId, ct)
            ?? throw new ContactBookRuleException("Không tìm thấy ảnh này trong album của lớp.");
        photo.DeletedAt = deletedAt;
        await db.SaveChangesAsync(ct);
        await PurgeAsync(photo.SchoolId, clock.GetUtcNow(), ct);
    }

    private async Task<int> PurgeAsync(int schoolId, DateTimeOffset now, CancellationToken ct)
    {
        // SQLite cannot compare DateTimeOffset in SQL; the school's deleted photos are a handful, compared here.
        var before = now - UndoWindow;
        var deleted = await db.Set<ClassPhoto>().Where(p => p.SchoolId == schoolId && p.DeletedAt != null)
            .Select(p => new { p.Id, p.DeletedAt }).ToListAsync(ct);
        var expired = deleted.Where(p => p.DeletedAt < before).Select(p => p.Id).ToList();
        return expired.Count == 0 ? 0 : await db.Set<ClassPhoto>().Where(p => expired.Contains(p.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>The child's class and how many album photos it has that day; null when the child is not the parent's or has no class.</summary>
    public async Task<(int ClassId, int Count)?> DayCountForFamilyAsync(int childId, DateOnly date, ClaimsPrincipal user, CancellationToken ct)
    {
        var classId = await access.VisibleChildren(user, AccessRights.ParentHome).Where(c => c.Id == childId).Select(c => c.ClassroomId).FirstOrDefaultAsync(ct);
        return classId is { } id ? (id, await CountAsync(id, date, ct)) : null;
    }

    /// <summary>
    /// The album of a parent's child's class, days newest first; null when the child is not theirs or has no class.
    /// Only the guardian capacity counts (<see cref="AccessRights.ParentHome"/>), as on every parent page.
    /// </summary>
    public async Task<AlbumPage?> ForFamilyAsync(int childId, int page, ClaimsPrincipal user, CancellationToken ct)
    {
        var child = await access.VisibleChildren(user, AccessRights.ParentHome).AsNoTracking().Where(c => c.Id == childId && c.ClassroomId != null)
            .Select(c => new { Name = new PersonName(c.FamilyName, c.MiddleName, c.GivenName), ClassId = c.ClassroomId!.Value, ClassName = c.Classroom!.Name })
            .FirstOrDefaultAsync(ct);
        if (child is null)
        {
            return null;
        }
        page = Math.Max(1, page);
        var dates = await db.Set<ClassPhoto>().Where(p => p.ClassroomId == child.ClassId && p.DeletedAt == null).Select(p => p.Date).Distinct()
            .OrderByDescending(d => d).Skip((page - 1) * DaysPerPage).Take(DaysPerPage + 1).ToListAsync(ct);
        var shown = dates.Take(DaysPerPage).ToList();
        var photos = await db.Set<ClassPhoto>().AsNoTracking().Where(p => p.ClassroomId == child.ClassId && p.DeletedAt == null && shown.Contains(p.Date))
            .OrderBy(p => p.Id).Select(p => new { p.Date, Photo = new AlbumPhoto(p.Id, p.Width, p.Height, p.Caption, p.UploadedBy, p.UploadedAt) }).ToListAsync(ct);
        var days = shown.Select(d => new AlbumDay(d, photos.Where(p => p.Date == d).Select(p => p.Photo).ToList())).ToList();
        return new AlbumPage(childId, child.Name.FullName, child.ClassId, child.ClassName, days, dates.Count > DaysPerPage);
    }

    /// <summary>
    /// A photo's bytes in a served size, for a person who may see its class (a guardian of a child in it, its
    /// teachers, school-wide staff); null otherwise, and for a deleted photo.
    /// </summary>
    public async Task<byte[]?> PhotoAsync(int photoId, int? width, ClaimsPrincipal user, CancellationToken ct)
    {
        var classId = await db.Set<ClassPhoto>().Where(p => p.Id == photoId && p.DeletedAt == null).Select(p => (int?)p.ClassroomId).FirstOrDefaultAsync(ct);
        if (classId is null || !await access.CanSeeClassAsync(user, classId.Value, ContactBookModule.Read, ct))
        {
            return null;
        }
        var photos = db.Set<ClassPhoto>().AsNoTracking().Where(p => p.Id == photoId);
        // Only the column asked for is read: a page of thumbnails never loads the large photos.
        return width switch
        {
            160 => await photos.Select(p => p.Jpeg160 ?? p.Jpeg).FirstOrDefaultAsync(ct),
            320 => await photos.Select(p => p.Jpeg320 ?? p.Jpeg).FirstOrDefaultAsync(ct),
            640 => await photos.Select(p => p.Jpeg640 ?? p.Jpeg).FirstOrDefaultAsync(ct),
            _ => await photos.Select(p => p.Jpeg).FirstOrDefaultAsync(ct),
        };
    }
}
