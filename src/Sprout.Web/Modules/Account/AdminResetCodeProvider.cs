using Microsoft.AspNetCore.Identity;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Account;

/// <summary>
/// The six-digit code a school's administrator reads out to a parent or staff member who forgot their password.
/// Nothing is stored: the code is a TOTP over the account's security stamp, so it dies with the reset it allows
/// (the reset rotates the stamp) and on its own within minutes (Identity's 3-minute steps, two steps of slack:
/// between 6 and 9 minutes).
/// </summary>
public sealed class AdminResetCodeProvider : TotpSecurityStampBasedTokenProvider<AppUser>
{
    public const string Name = "AdminResetCode";
    public const string Purpose = "ResetPassword";

    /// <summary>The shortest time a code stays valid, for the message beside it.</summary>
    public const int ValidMinutes = 6;

    public override Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    public override async Task<string> GetUserModifierAsync(string purpose, UserManager<AppUser> manager, AppUser user) =>
        $"{Name}:{purpose}:{await manager.GetUserIdAsync(user)}";
}
