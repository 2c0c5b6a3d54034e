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
}
