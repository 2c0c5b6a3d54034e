using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Account;

/// <summary>Finds the account for what a person types to sign in: an email address or a phone number.</summary>
public sealed class SignInLookup(UserManager<AppUser> users)
{
    public async Task<AppUser?> FindAsync(string login)
    {
        login = login.Trim();
        if (login.Contains('@', StringComparison.Ordinal))
        {
            return await users.FindByEmailAsync(login);
        }
        var phone = NormalizePhone(login);
        return phone.Length == 0 ? null : await users.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phone);
    }

    /// <summary>Keeps digits only and writes +84 numbers in the national 0… form.</summary>
    public static string NormalizePhone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11 ? "0" + digits[2..] : digits;
    }
}
