using SkiaSharp;

namespace Sprout.Domain.Media;

public sealed record SanitizedPhoto(byte[] Jpeg, int Width, int Height);

public sealed class PhotoRejectedException(string message) : Exception(message);

/// <summary>
/// Children's photos are re-encoded from decoded pixels: EXIF (GPS position, camera, time) cannot survive,
/// the orientation the camera recorded is applied, and the longest side is limited so pages stay light.
/// </summary>
public static class PhotoSanitizer
{
    public const int MaxSide = 1280;
    public const int MaxUploadBytes = 15 * 1024 * 1024;

    public static SanitizedPhoto Sanitize(byte[] upload, int maxSide = MaxSide, int quality = 80)
    {
        if (upload.Length == 0 || upload.Length > MaxUploadBytes)
        {
            throw new PhotoRejectedException("Ảnh phải nhỏ hơn 15 MB.");
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw new PhotoRejectedException("Tệp không phải ảnh JPEG, PNG hoặc WebP hợp lệ.");
        using var decoded = SKBitmap.Decode(codec) ?? throw new PhotoRejectedException("Không đọc được ảnh.");
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1f, (float)maxSide / Math.Max(oriented.Width, oriented.Height));
        var width = Math.Max(1, (int)Math.Round(oriented.Width * scale));
        var height = Math.Max(1, (int)Math.Round(oriented.Height * scale));
        using var resized = scale < 1f ? oriented.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) : oriented.Copy();
        using var image = SKImage.FromBitmap(resized);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return new SanitizedPhoto(jpeg.ToArray(), resized.Width, resized.Height);
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.BottomRight:
                canvas.RotateDegrees(180, source.Width / 2f, source.Height / 2f);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(result.Width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, result.Height);
                canvas.RotateDegrees(270);
                break;
            default:
                break;
        }
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}
