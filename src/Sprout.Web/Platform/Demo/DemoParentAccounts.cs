using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Account;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Demo;

/// <summary>
/// Demo only (load tests): gives the first guardians of the demo school a parent account with the demo password,
/// as if they had accepted their invitations, signing in with their phone number.
/// </summary>
public sealed class DemoParentAccounts(SproutDbContextFactory contexts)
{
    /// <summary>Returns the phone numbers (the logins) of <paramref name="count"/> demo parents, creating the missing accounts.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var db = contexts.Create(SchoolScope.System);
        var school = await db.Users.Where(u => u.UserName == DemoAccounts.ParentPhone).Select(u => u.SchoolId).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("Chưa có dữ liệu mẫu: chạy \"sprout demo seed\" trước.");
        var guardians = await db.Guardians.IgnoreQueryFilters().Where(g => g.SchoolId == school && g.Phone != "")
            .OrderBy(g => g.Id).Take(count * 2)
            .Select(g => new { g.Id, g.FullName, g.Phone, g.Email, HasAccount = db.Users.Any(u => u.GuardianId == g.Id) })
            .ToListAsync(ct);
        var roleId = await db.Roles.Where(r => r.Name == Roles.Parent).Select(r => r.Id).FirstAsync(ct);
        // One hash for all: hashing 200 passwords would take longer than the load test's warm-up.
        var hash = new PasswordHasher<AppUser>().HashPassword(null!, DemoAccounts.Password);
        var phones = new List<string>();
        var created = new List<AppUser>();
        foreach (var g in guardians)
        {
            var phone = SignInLookup.NormalizePhone(g.Phone);
            if (phones.Count == count)
            {
                break;
            }
            if (phone.Length is < 10 or > 11 || phones.Contains(phone))
            {
                continue;
            }
            if (!g.HasAccount)
            {
                if (await db.Users.AnyAsync(u => u.PhoneNumber == phone, ct))
                {
                    continue;
                }
                created.Add(new AppUser
                {
                    UserName = phone, NormalizedUserName = phone, PhoneNumber = phone,
                    Email = g.Email, NormalizedEmail = g.Email?.ToUpperInvariant(),
                    FullName = g.FullName, PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                    LockoutEnabled = true, SchoolId = school, GuardianId = g.Id,
                });
            }
            else if (await db.Users.Where(u => u.GuardianId == g.Id).Select(u => u.PhoneNumber).FirstAsync(ct) != phone)
            {
                continue;
            }
            phones.Add(phone);
        }
        db.Users.AddRange(created);
        await db.SaveChangesAsync(ct);
        db.UserRoles.AddRange(created.Select(u => new IdentityUserRole<int> { UserId = u.Id, RoleId = roleId }));
        await db.SaveChangesAsync(ct);
        return phones;
    }
}
