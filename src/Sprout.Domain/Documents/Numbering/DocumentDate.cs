using System.Globalization;

namespace Sprout.Domain.Documents;

/// <summary>Place and date line, "Việt Hưng, ngày 30 tháng 10 năm 2025".</summary>
public static class DocumentDate
{
    /// <remarks>Days below 10 and the months January and February get a leading zero so that nobody can add a digit later.</remarks>
    public static string Format(string place, DateOnly date)
    {
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        var when = $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
        return string.IsNullOrWhiteSpace(place) ? when : $"{place.Trim()}, {when}";
    }
}
