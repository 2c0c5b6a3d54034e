namespace Sprout.Web.Platform.Schools;

public class School
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public Ward? Ward { get; set; }
    public required string Name { get; set; }

    /// <summary>The issuer abbreviation used in document numbers, e.g. MNĐTVH.</summary>
    public required string ShortCode { get; set; }
    public string Address { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;

    /// <summary>When set, principal, party secretary, nurse and admin must sign in with a TOTP code.</summary>
    public bool RequireTwoFactorForSensitiveRoles { get; set; }

    /// <summary>
    /// First day of the Party cell committee's current term (nhiệm kỳ cấp ủy): Party documents are numbered per type
    /// through the term (HD 36-HD/VPTW). Unset means the term the seed plan names (2025–2027), from 01/01/2025.
    /// </summary>
    public DateOnly? PartyTermStart { get; set; }

    public static readonly DateOnly DefaultPartyTermStart = new(2025, 1, 1);

    /// <summary>The school's weekly rest days, a bit per <see cref="DayOfWeek"/> (Saturday and Sunday unless the school keeps Saturday care).</summary>
    public int WeeklyRestDays { get; set; } = Sprout.Domain.Calendar.WeeklyRest.SaturdayAndSunday.Bits;
}
