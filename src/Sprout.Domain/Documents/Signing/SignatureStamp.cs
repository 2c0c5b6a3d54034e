using System.Globalization;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>The drawing shown in a visible signature field: a frame, who signed and when, in full Vietnamese.</summary>
/// <remarks>
/// Decree 30/2020/NĐ-CP (05/3/2020), Appendix I: the signer's mark sits in the signature space of the signer's block;
/// the organisation's is red, overlaps the left third of the signer's, and gives the organisation's name and the signing
/// time in Vietnam's time zone (ISO 8601 offset, +07:00). Sprout has no image of a handwritten signature or of the seal,
/// so both are drawn as framed text: blue for the signer, red for the organisation.
/// </remarks>
internal static class SignatureStamp
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IReadOnlyList<string> Lines(SignatureAppearance a, string signerName, DateTimeOffset time)
    {
        var local = time.ToOffset(VietnamOffset);
        var lines = new List<string>
        {
            "Ký bởi: " + signerName.Trim(),
            "Thời gian: " + local.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +07:00",
        };
        if (!string.IsNullOrWhiteSpace(a.Caption)) lines.Add(a.Caption.Trim());
        return lines;
    }

    public static string Content(SignatureAppearance a, IReadOnlyList<string> lines, StampFont font)
    {
        const float Padding = 5f;
        var size = Math.Min(9f, (a.Height - 8) / (lines.Count * 1.25f));
        var widest = lines.Max(l => font.Measure(l, 1f));
        if (widest > 0) size = Math.Min(size, (a.Width - (2 * Padding)) / widest);
        var colour = a.Seal ? "0.8 0 0" : "0 0 0.65";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"q {colour} RG 1 w 0.5 0.5 {a.Width - 1:0.##} {a.Height - 1:0.##} re S Q\n");
        var top = (a.Height + (lines.Count * size * 1.25f)) / 2;
        sb.Append(CultureInfo.InvariantCulture, $"BT {colour} rg /F1 {size:0.##} Tf {size * 1.25f:0.##} TL {Padding:0.##} {top - size:0.##} Td\n");
        foreach (var line in lines) sb.Append(font.Hex(line)).Append(" Tj T*\n");
        sb.Append("ET");
        return sb.ToString();
    }
}
