using System.Globalization;
using System.Security.Claims;

namespace Sprout.Web.Platform.Identity;

public static class SproutClaims
{
    public const string School = "sprout:school";
    public const string Ward = "sprout:ward";
    public const string FullName = "sprout:name";
    public const string Guardian = "sprout:guardian";

    /// <summary>Present when the school requires two-factor sign-in for this person's roles.</summary>
    public const string TwoFactorRequired = "sprout:mfa-required";

    public static int? SchoolId(this ClaimsPrincipal user) => IntClaim(user, School);

    public static int SchoolIdOrThrow(this ClaimsPrincipal user) =>
        user.SchoolId() ?? throw new InvalidOperationException("Tài khoản này không thuộc trường nào.");

    public static int? WardId(this ClaimsPrincipal user) => IntClaim(user, Ward);

    public static int? GuardianId(this ClaimsPrincipal user) => IntClaim(user, Guardian);

    public static int? UserId(this ClaimsPrincipal user) => IntClaim(user, ClaimTypes.NameIdentifier);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Identity?.Name ?? string.Empty;

    /// <summary>Identity adds amr=mfa when the second factor was given at sign-in.</summary>
    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
