using System.Globalization;

namespace Sprout.Web.Platform.Schools;

/// <summary>Vietnamese school years start in September; August belongs to the coming year's preparation.</summary>
public static class SchoolYear
{
    public static int StartYear(DateOnly today) => today.Month >= 8 ? today.Year : today.Year - 1;

    public static string Label(int startYear) => string.Create(CultureInfo.InvariantCulture, $"{startYear}-{startYear + 1}");
}
