using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Account;

public sealed class AccountRuleException(string message) : RuleException(message);

public sealed record AccountRow(int Id, string FullName, string? Email, string? Phone, bool LockedOut);

/// <summary>
/// Every change of a password: by its owner (signed in, current password required), by a code the school hands over
/// in person, by a link sent to the account's e-mail; and the school's unlock. Each change rotates the security
/// stamp (Identity does it), so every other session of the account ends on its next request.
/// </summary>
public sealed class PasswordService(
    SproutDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInLookup lookup,
    SignInThrottle throttle, TimeProvider clock, IHttpContextAccessor http)
{
    private const string InvalidCode = "Email/số điện thoại hoặc mã không đúng, hoặc mã đã hết hạn.";
    private const string InvalidLink = "Đường dẫn đặt lại mật khẩu không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu lại.";

    public async Task ChangeAsync(ClaimsPrincipal principal, string current, string next, string confirm)
    {
        CheckConfirmation(next, confirm);
        var user = await users.GetUserAsync(principal) ?? throw new AccountRuleException("Không tìm thấy tài khoản.");
        var accountKey = SignInThrottle.AccountKey(user.Id);
        ThrowIfSlowed(accountKey);
        var entry = Record(user, principal, AccountEventKinds.Changed);
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            Forget(entry);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // A stolen session must not become a way to guess the password at full speed.
                throttle.Failed(accountKey, AddressKey);
            }
            throw Refusal(result);
        }
        throttle.Succeeded(accountKey);
        // The stamp changed: this session gets a new cookie, every other one is refused from its next request.
        await signIn.RefreshSignInAsync(user);
    }

    /// <summary>The accounts of the administrator's school, for the reset and unlock page.</summary>
    public async Task<List<AccountRow>> ListAsync(ClaimsPrincipal admin, string? search, CancellationToken ct)
    {
        var schoolId = admin.SchoolIdOrThrow();
        var now = clock.GetUtcNow();
        var query = users.Users.AsNoTracking().Where(u => u.SchoolId == schoolId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var phone = SignInLookup.NormalizePhone(text);
            query = query.Where(u => u.FullName.Contains(text) || (u.Email != null && u.Email.Contains(text))
                || (phone.Length >= 3 && u.PhoneNumber != null && u.PhoneNumber.Contains(phone)));
        }
        var rows = await query.OrderBy(u => u.FullName).ThenBy(u => u.Id).Take(200)
            .Select(u => new { u.Id, u.FullName, u.Email, u.PhoneNumber, u.LockoutEnd }).ToListAsync(ct);
        return rows.Select(u => new AccountRow(u.Id, u.FullName, u.Email, u.PhoneNumber, u.LockoutEnd is { } end && end > now)).ToList();
    }

    /// <summary>Issues the six-digit code; it is shown once to the administrator and never stored.</summary>
    public async Task<(string Code, string Name)> IssueResetCodeAsync(ClaimsPrincipal admin, int userId)
    {
        var user = await SchoolAccountAsync(admin, userId);
        var code = await users.GenerateUserTokenAsync(user, AdminResetCodeProvider.Name, AdminResetCodeProvider.Purpose);
        Record(user, admin, AccountEventKinds.ResetCodeIssued);
        await db.SaveChangesAsync();
        return (code, user.FullName);
    }

    public async Task UnlockAsync(ClaimsPrincipal admin, int userId)
    {
        var user = await SchoolAccountAsync(admin, userId);
        Record(user, admin, AccountEventKinds.Unlocked);
        user.AccessFailedCount = 0;
        // Saves the event with the account.
        await users.SetLockoutEndDateAsync(user, null);
        throttle.Clear(SignInThrottle.AccountKey(user.Id));
    }

    public async Task ResetWithCodeAsync(string login, string code, string next, string confirm)
    {
        CheckConfirmation(next, confirm);
        var user = await lookup.FindAsync(login);
        var accountKey = user is null ? SignInThrottle.LoginKey(login) : SignInThrottle.AccountKey(user.Id);
        ThrowIfSlowed(accountKey);
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        if (user is null || !await users.VerifyUserTokenAsync(user, AdminResetCodeProvider.Name, AdminResetCodeProvider.Purpose, digits))
        {
            throttle.Failed(accountKey, AddressKey);
            throw new AccountRuleException(InvalidCode);
        }
        await ResetAsync(user, await users.GeneratePasswordResetTokenAsync(user), next, AccountEventKinds.ResetWithCode);
        throttle.Succeeded(accountKey);
    }

    public async Task ResetWithLinkAsync(int userId, string token, string next, string confirm)
    {
        CheckConfirmation(next, confirm);
        var user = await users.FindByIdAsync(userId.ToString(CultureInfo.InvariantCulture)) ?? throw new AccountRuleException(InvalidLink);
        await ResetAsync(user, token, next, AccountEventKinds.ResetWithEmail);
        throttle.Clear(SignInThrottle.AccountKey(user.Id));
    }

    private async Task ResetAsync(AppUser user, string token, string next, string kind)
    {
        var entry = Record(user, null, kind);
        // Whoever proved the code or the link is the owner: a lockout from someone else's guesses ends too.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.ResetPasswordAsync(user, token, next);
        if (!result.Succeeded)
        {
            Forget(entry);
            db.Entry(user).State = EntityState.Detached;
            throw result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? new AccountRuleException(InvalidLink) : Refusal(result);
        }
    }

    private async Task<AppUser> SchoolAccountAsync(ClaimsPrincipal admin, int userId)
    {
        var schoolId = admin.SchoolIdOrThrow();
        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId && u.SchoolId == schoolId)
            ?? throw new AccountRuleException("Không tìm thấy tài khoản trong trường của bạn.");
        if (user.Id == admin.UserId())
        {
            throw new AccountRuleException("Tài khoản của chính bạn: hãy dùng trang Đổi mật khẩu.");
        }
        return user;
    }

    private AccountEvent? Record(AppUser user, ClaimsPrincipal? actor, string kind)
    {
        if (user.SchoolId is not { } schoolId)
        {
            // Ward officers and system accounts belong to no school; their changes are in Identity's own columns only.
            return null;
        }
        var entry = new AccountEvent
        {
            SchoolId = schoolId, At = clock.GetUtcNow(), ActorUserId = actor?.UserId(),
            ActorName = actor?.DisplayName() ?? user.FullName, TargetUserId = user.Id, TargetName = user.FullName, Kind = kind,
        };
        db.Add(entry);
        return entry;
    }

    private void Forget(AccountEvent? entry)
    {
        if (entry is not null)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    private string AddressKey => SignInThrottle.AddressKey(http.HttpContext?.Connection.RemoteIpAddress?.ToString());

    private void ThrowIfSlowed(string accountKey)
    {
        var wait = throttle.WaitBefore(accountKey, AddressKey);
        if (wait > TimeSpan.Zero)
        {
            throw new AccountRuleException(string.Format(CultureInfo.InvariantCulture,
                "Bạn đã nhập sai nhiều lần. Vui lòng chờ {0} giây rồi thử lại.", (int)Math.Ceiling(wait.TotalSeconds)));
        }
    }

    private static void CheckConfirmation(string next, string confirm)
    {
        if (next.Length == 0)
        {
            throw new AccountRuleException("Vui lòng nhập mật khẩu mới.");
        }
        if (!string.Equals(next, confirm, StringComparison.Ordinal))
        {
            throw new AccountRuleException("Mật khẩu nhập lại không khớp.");
        }
    }

    private static AccountRuleException Refusal(IdentityResult result) =>
        new(string.Join(" ", result.Errors.Select(e => e.Description)));
}
