using System.Text;
using QRCoder;

namespace Sprout.Web.Platform.Text;

public static class QrCodes
{
    /// <summary>An SVG QR code as a data: URI, so pages need no extra request and no inline script.</summary>
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
