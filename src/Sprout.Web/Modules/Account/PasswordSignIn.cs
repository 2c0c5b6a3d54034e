using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Account;

public enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    Invalid,
    LockedOut,
    Slowed,
}

public sealed record SignInAttempt(SignInOutcome Outcome, TimeSpan Wait);

/// <summary>
/// One press of the sign-in button: the throttle first, then the password. An unknown login costs the same work
/// (a password hash is checked) and gets the same answers as a wrong password.
/// </summary>
public sealed class PasswordSignIn(
    SignInLookup lookup, SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, SignInThrottle throttle,
    IOptions<IdentityOptions> identity, IHttpContextAccessor http)
{
    private static readonly AppUser Nobody = new() { FullName = "-", UserName = "-" };
    private static string? _dummyHash;

    public async Task<SignInAttempt> SignInAsync(string login, string password, bool remember)
    {
        var addressKey = SignInThrottle.AddressKey(http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        var user = await lookup.FindAsync(login);
        var accountKey = user is null ? SignInThrottle.LoginKey(login) : SignInThrottle.AccountKey(user.Id);
        var wait = throttle.WaitBefore(accountKey, addressKey);
        if (wait > TimeSpan.Zero)
        {
            return new(SignInOutcome.Slowed, wait);
        }

        if (user is null)
        {
            SpendHashWork(password);
            throttle.Failed(accountKey, addressKey);
            // Past the lockout threshold an account would say "locked": an unknown login says the same.
            return new(throttle.FailureCount(accountKey) >= identity.Value.Lockout.MaxFailedAccessAttempts
                ? SignInOutcome.LockedOut : SignInOutcome.Invalid, TimeSpan.Zero);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(accountKey);
            return new(result.Succeeded ? SignInOutcome.Succeeded : SignInOutcome.RequiresTwoFactor, TimeSpan.Zero);
        }
        if (result.IsLockedOut)
        {
            // Identity answers a locked account before hashing: hash anyway, so the time does not tell.
            SpendHashWork(password);
            return new(SignInOutcome.LockedOut, TimeSpan.Zero);
        }
        throttle.Failed(accountKey, addressKey);
        return new(SignInOutcome.Invalid, TimeSpan.Zero);
    }

    private void SpendHashWork(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
