using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Children;

public sealed record ChildSaveResult(int? ChildId, Dictionary<string, List<string>> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Creates and edits a child's file with its guardians, in one transaction, and the portraits.</summary>
public sealed class ChildFileService(SproutDbContext db, ChildAccess access, TimeProvider clock)
{
    public async Task<ChildFileInput?> LoadAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        var child = await access.ChangeableChildren(user, AccessRights.ChildrenEdit).AsNoTracking().Include(c => c.Guardians).ThenInclude(g => g.Guardian)
            .FirstOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return null;
        }
        return new ChildFileInput
        {
            FamilyName = child.FamilyName, MiddleName = child.MiddleName, GivenName = child.GivenName,
            DateOfBirth = child.DateOfBirth, Sex = child.Sex, EthnicityCode = child.EthnicityCode,
            PersonalId = child.PersonalId, StudentCode = child.StudentCode, ClassroomId = child.ClassroomId,
            ProvinceCode = child.ProvinceCode, WardCode = child.WardCode, AddressLine = child.AddressLine,
            Allergies = child.Allergies, HealthNotes = child.HealthNotes,
            Consent = child.HasConsent, ConsentGivenBy = child.ConsentGivenBy,
            Guardians = child.Guardians.OrderBy(g => g.Id).Select(g => new GuardianInput
            {
                Id = g.GuardianId, FullName = g.Guardian!.FullName, Relation = g.Relation, Phone = g.Guardian.Phone,
                Zalo = g.Guardian.Zalo, Email = g.Guardian.Email, MayPickUp = g.MayPickUp,
            }).ToList(),
        };
    }

    public async Task<ChildSaveResult> SaveAsync(int? childId, ChildFileInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = Platform.Text.VietnameseFormat.Today(clock);
        var errors = ChildFileRules.Validate(input, today);
        if (input.ClassroomId is { } classId && !await access.CanChangeClassAsync(user, classId, AccessRights.ChildrenEdit, ct))
        {
            errors[nameof(input.ClassroomId)] = ["Bạn không được xếp trẻ vào lớp này."];
        }
        if (input.ClassroomId is null && !ChildAccess.IsSchoolWide(user, AccessRights.ChildrenEdit))
        {
            errors[nameof(input.ClassroomId)] = ["Vui lòng chọn lớp của trẻ."];
        }
        if (input.PersonalId is not null && await db.Children.AnyAsync(c => c.PersonalId == input.PersonalId && c.Id != childId, ct))
        {
            errors.TryAdd(nameof(input.PersonalId), []);
            errors[nameof(input.PersonalId)].Add("Số định danh này đã có trong hồ sơ một trẻ khác của trường.");
        }
        if (errors.Count > 0)
        {
            return new ChildSaveResult(null, errors);
        }

        Child child;
        if (childId is { } id)
        {
            child = await access.ChangeableChildren(user, AccessRights.ChildrenEdit).Include(c => c.Guardians).ThenInclude(g => g.Guardian).FirstOrDefaultAsync(c => c.Id == id, ct)
                ?? throw new AccessRefusedException("Bạn không có quyền sửa hồ sơ của trẻ này.");
        }
        else
        {
            child = new Child { SchoolId = user.SchoolIdOrThrow(), FamilyName = input.FamilyName, GivenName = input.GivenName };
            db.Children.Add(child);
        }
        Apply(child, input, clock.GetUtcNow());
        await db.SaveChangesAsync(ct); // one save is one transaction, the audit entries with it
        return new ChildSaveResult(child.Id, errors);
    }

    /// <summary>Stores the portrait of the child, or of one of the child's guardians (for the pick-up check).</summary>
    public async Task SavePortraitAsync(int childId, int? guardianId, byte[] upload, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeChildAsync(user, childId, AccessRights.ChildrenEdit, ct);
        if (guardianId is { } gid && !await db.ChildGuardians.AnyAsync(g => g.ChildId == childId && g.GuardianId == gid, ct))
        {
            throw new AccessRefusedException("Người này không phải người giám hộ của trẻ.");
        }
        var photo = Sprout.Domain.Media.PhotoSanitizer.Sanitize(upload, maxSide: 480);
        var existing = await db.Set<Portrait>().FirstOrDefaultAsync(p => guardianId == null ? p.ChildId == childId : p.GuardianId == guardianId, ct);
        if (existing is null)
        {
            var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync(ct);
            db.Add(new Portrait { SchoolId = schoolId, ChildId = guardianId is null ? childId : null, GuardianId = guardianId, Jpeg = photo.Jpeg, UploadedAt = clock.GetUtcNow() });
        }
        else
        {
            existing.Jpeg = photo.Jpeg;
            existing.UploadedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Apply(Child child, ChildFileInput input, DateTimeOffset now)
    {
        input.ApplyIdentityTo(child);
        child.PersonalId = input.PersonalId;
        child.StudentCode = input.StudentCode;
        child.ProvinceCode = input.ProvinceCode;
        child.WardCode = input.WardCode;
        child.AddressLine = string.IsNullOrWhiteSpace(input.AddressLine) ? null : input.AddressLine.Trim();
        child.Allergies = string.IsNullOrWhiteSpace(input.Allergies) ? null : input.Allergies.Trim();
        child.HealthNotes = string.IsNullOrWhiteSpace(input.HealthNotes) ? null : input.HealthNotes.Trim();
        if (input.Consent && !child.HasConsent)
        {
            child.ConsentGivenAt = now;
            child.ConsentWithdrawnAt = null;
            child.ConsentGivenBy = input.ConsentGivenBy!.Trim();
        }
        else if (!input.Consent && child.HasConsent)
        {
            // Withdrawal is recorded, never erased: the audit log and the file both keep when it happened.
            child.ConsentWithdrawnAt = now;
        }

        foreach (var g in input.Guardians.Where(g => !g.IsBlank))
        {
            var link = g.Id is { } gid ? child.Guardians.FirstOrDefault(x => x.GuardianId == gid) : null;
            if (g.Remove)
            {
                if (link is not null)
                {
                    child.Guardians.Remove(link);
                }
                continue;
            }
            if (link is null)
            {
                link = new ChildGuardian { SchoolId = child.SchoolId, Relation = g.Relation, Guardian = new Guardian { SchoolId = child.SchoolId, FullName = g.FullName } };
                child.Guardians.Add(link);
            }
            link.Relation = g.Relation;
            link.MayPickUp = g.MayPickUp;
            link.Guardian!.FullName = g.FullName;
            link.Guardian.Phone = g.Phone;
            link.Guardian.Zalo = g.Zalo;
            link.Guardian.Email = g.Email;
        }
    }
}
