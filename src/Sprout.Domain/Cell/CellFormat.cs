using System.Globalization;
using System.Text;

namespace Sprout.Domain.Cell;

/// <summary>How Party documents write dates, times and shares; fixed here so the output never follows the server's culture.</summary>
internal static class CellFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"14 giờ 00", the way minutes state the hour.</summary>
    public static string Time(TimeOnly time) =>
        time.Hour.ToString(CultureInfo.InvariantCulture) + " giờ " + time.Minute.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>"93,3 %": Vietnamese decimal comma, one decimal, a trailing ",0" dropped ("100 %").</summary>
    public static string Percent(double share)
    {
        var rounded = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("0.0", CultureInfo.InvariantCulture);
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return text.Replace('.', ',') + " %";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Trimmed and NFC, so names typed on different keyboards compare equal.</summary>
    public static string Nfc(string? text) => (text ?? string.Empty).Trim().Normalize(NormalizationForm.FormC);
}
