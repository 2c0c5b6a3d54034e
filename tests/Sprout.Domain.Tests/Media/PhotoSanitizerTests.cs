using System.Text;
using SkiaSharp;
using Sprout.Domain.Media;

namespace Sprout.Domain.Tests.Media;

public class PhotoSanitizerTests
{
    /// <summary>A real JPEG with an EXIF block (holding a made-up GPS note) inserted after the start marker.</summary>
    internal static byte[] JpegWithExif(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
        }
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        var tiff = new byte[] { 0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 };
        var payload = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).Concat(Encoding.ASCII.GetBytes("GPS 21.0583N 105.9028E")).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg.Take(2).Concat(app1).Concat(jpeg.Skip(2)).ToArray();
    }

    [Fact]
    public void Location_metadata_is_gone_and_the_photo_is_scaled_down()
    {
        var upload = JpegWithExif(3000, 2000);
        Assert.Contains("GPS 21.0583N", Encoding.ASCII.GetString(upload), StringComparison.Ordinal);

        var photo = PhotoSanitizer.Sanitize(upload);
        var text = Encoding.ASCII.GetString(photo.Jpeg);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
        Assert.Equal((1280, 853), (photo.Width, photo.Height));
        using var decoded = SKBitmap.Decode(photo.Jpeg);
        Assert.Equal(1280, decoded.Width);
    }

    [Fact]
    public void Small_photos_keep_their_size()
    {
        var photo = PhotoSanitizer.Sanitize(JpegWithExif(400, 300));
        Assert.Equal((400, 300), (photo.Width, photo.Height));
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_in_Vietnamese()
    {
        var error = Assert.Throws<PhotoRejectedException>(() => PhotoSanitizer.Sanitize(Encoding.UTF8.GetBytes("không phải ảnh")));
        Assert.Contains("không phải ảnh", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A PNG whose header declares <paramref name="width"/> × <paramref name="height"/> with a few bytes of pixel data.</summary>
    internal static byte[] PngDeclaring(int width, int height)
    {
        static byte[] Chunk(string type, byte[] body)
        {
            var typed = Encoding.ASCII.GetBytes(type).Concat(body).ToArray();
            var crc = Crc32(typed);
            return BigEndian((uint)body.Length).Concat(typed).Concat(BigEndian(crc)).ToArray();
        }
        var ihdr = BigEndian((uint)width).Concat(BigEndian((uint)height)).Concat(new byte[] { 8, 0, 0, 0, 0 }).ToArray(); // 8-bit grey
        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(new byte[width + 1]); // one row only: the rest is missing
        }
        return new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }
            .Concat(Chunk("IHDR", ihdr)).Concat(Chunk("IDAT", compressed.ToArray())).Concat(Chunk("IEND", [])).ToArray();
    }

    /// <summary>A real small JPEG whose frame header (SOF0) is rewritten to declare other dimensions.</summary>
    internal static byte[] JpegDeclaring(int width, int height)
    {
        var jpeg = JpegWithExif(64, 64);
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                (jpeg[i + 5], jpeg[i + 6], jpeg[i + 7], jpeg[i + 8]) = ((byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width);
                return jpeg;
            }
        }
        throw new InvalidOperationException("no SOF marker");
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    [Fact]
    public void A_tiny_PNG_declaring_20000_by_20000_pixels_is_refused_before_decoding()
    {
        var upload = PngDeclaring(20_000, 20_000);
        Assert.True(upload.Length < 1024);
        var error = Assert.Throws<PhotoRejectedException>(() => PhotoSanitizer.Sanitize(upload));
        Assert.Contains("Ảnh quá lớn (20000 × 20000 điểm ảnh)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_JPEG_declaring_huge_dimensions_is_refused_before_decoding()
    {
        var upload = JpegDeclaring(30_000, 30_000);
        var error = Assert.Throws<PhotoRejectedException>(() => PhotoSanitizer.Sanitize(upload));
        Assert.Contains("50 triệu điểm ảnh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thin_strip_longer_than_the_longest_side_is_refused()
    {
        Assert.Throws<PhotoRejectedException>(() => PhotoSanitizer.Sanitize(PngDeclaring(12_001, 10)));
    }

    [Fact]
    public void A_48_megapixel_phone_photo_is_accepted_and_scaled_down()
    {
        var photo = PhotoSanitizer.Sanitize(JpegDeclaring(8064, 6048));
        Assert.Equal((1280, 960), (photo.Width, photo.Height));
    }
}
