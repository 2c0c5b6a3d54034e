using System.Globalization;
using System.Text;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// Writes what a scanner writes: a one-page PDF whose page is a JPEG and nothing else, no text layer.
/// The JPEG goes in as it is (/DCTDecode), so the page is exactly the picture given.
/// </summary>
public static class ImageOnlyPdf
{
    public static byte[] FromJpeg(byte[] jpeg, int dpi)
    {
        var (width, height, components) = JpegSize(jpeg);
        var (pageWidth, pageHeight) = (width * 72.0 / dpi, height * 72.0 / dpi);
        var content = string.Create(CultureInfo.InvariantCulture, $"q {pageWidth:0.##} 0 0 {pageHeight:0.##} 0 0 cm /Im0 Do Q");
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write("stream\n");
                pdf.Write(stream);
                Write("\nendstream\n");
            }
            Write("endobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<</Type/Catalog/Pages 2 0 R>>");
        Object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {pageWidth:0.##} {pageHeight:0.##}]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>"));
        Object($"<</Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace/{(components == 1 ? "DeviceGray" : "DeviceRGB")}/BitsPerComponent 8/Filter/DCTDecode/Length {jpeg.Length}>>", jpeg);
        Object($"<</Length {content.Length}>>", Encoding.ASCII.GetBytes(content));
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<</Size {offsets.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Width, height and colour components from the first start-of-frame marker (SOF0–SOF2).</summary>
    private static (int Width, int Height, int Components) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length; i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]))
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6], jpeg[i + 9]);
            }
        }
        throw new ArgumentException("Not a baseline or progressive JPEG.", nameof(jpeg));
    }
}
