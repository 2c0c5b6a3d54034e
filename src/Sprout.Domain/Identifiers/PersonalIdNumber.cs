using System.Globalization;

namespace Sprout.Domain.Identifiers;

/// <summary>
/// The 12-digit personal identification number (số định danh cá nhân), structure per
/// Nghị định 137/2015/NĐ-CP and Thông tư 59/2021/TT-BCA: province code (3), century and sex (1),
/// last two digits of the birth year (2), six random digits.
/// </summary>
public static class PersonalIdNumber
{
    /// <summary>Builds a structurally valid number; the demo data and tests use it.</summary>
    public static string Create(string provinceCode, DateOnly birthDate, bool female, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);
        var centuryIndex = (birthDate.Year / 100) - 19; // 1900s → 0, 2000s → 1, 2100s → 2
        var centurySex = (centuryIndex * 2) + (female ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{provinceCode}{centurySex}{birthDate.Year % 100:00}{serial:000000}");
    }
}
