using System.Globalization;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>The small drawing shown in a visible signature field: a frame, the signer's name and the signing time.</summary>
/// <remarks>
/// Drawn with the standard Helvetica so the update stays a few KB; Helvetica cannot show Vietnamese diacritics,
/// so the stamp folds them ("Nguyễn" becomes "Nguyen"). The signer's exact name lives in the signature itself.
/// </remarks>
internal static class SignatureStamp
{
    public static string Content(SignatureAppearance a, string signerName, DateTimeOffset time)
    {
        var lines = new List<string>
        {
            "Ky boi: " + Fold(signerName),
            "Thoi gian: " + time.ToString("dd/MM/yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(a.Caption)) lines.Add(Fold(a.Caption));

        var size = Math.Min(9f, (a.Height - 8) / (lines.Count * 1.25f));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"q 0.8 0 0 RG 1 w 0.5 0.5 {a.Width - 1:0.##} {a.Height - 1:0.##} re S Q\n");
        sb.Append(CultureInfo.InvariantCulture, $"BT 0.8 0 0 rg /F1 {size:0.##} Tf {size * 1.25f:0.##} TL 5 {a.Height - 4 - size:0.##} Td\n");
        foreach (var line in lines) sb.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        sb.Append("ET");
        return sb.ToString();
    }

    /// <summary>Strips diacritics; đ/Đ are separate letters, not accented d, so they are mapped by hand.</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(ch switch { 'đ' => 'd', 'Đ' => 'D', _ when ch < 128 => ch, _ => '?' });
        }

        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
