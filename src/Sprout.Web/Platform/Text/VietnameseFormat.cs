using System.Globalization;

namespace Sprout.Web.Platform.Text;

/// <summary>Formats shown to people: Vietnamese conventions, dates as dd/MM/yyyy.</summary>
public static class VietnameseFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.ToOffset(VietnamOffset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at) => at.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", Culture);

    public static string Percent(double ratio) => ratio.ToString("P1", Culture);

    /// <summary>Today's date in Việt Nam: school days, attendance and deadlines follow local time, not the server's.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);

    /// <summary>Việt Nam has kept UTC+7 all year since 1975.</summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);
}
