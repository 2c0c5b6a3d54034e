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

    /// <summary>
    /// A PNG of a few kilobytes can declare 20000 × 20000 pixels and cost 1.6 GB once decoded, so the dimensions
    /// in the header are checked before any pixel is. 50 megapixels still takes a 48 MP phone photo (8064 × 6048).
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Longest side accepted, whatever the area (a thin strip of 100000 × 10 is no photo either).</summary>
    public const int MaxPixelSide = 12_000;

    public static SanitizedPhoto Sanitize(byte[] upload, int maxSide = MaxSide, int quality = 80)
    {
        if (upload.Length == 0 || upload.Length > MaxUploadBytes)
        {
            throw new PhotoRejectedException("Ảnh phải nhỏ hơn 15 MB.");
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw new PhotoRejectedException("Tệp không phải ảnh JPEG, PNG hoặc WebP hợp lệ.");
        CheckDimensions(codec.Info.Width, codec.Info.Height);
        using var decoded = Decode(codec, maxSide) ?? throw new PhotoRejectedException("Không đọc được ảnh.");
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var upright = oriented ?? decoded;
        var scale = Math.Min(1f, (float)maxSide / Math.Max(upright.Width, upright.Height));
        var width = Math.Max(1, (int)Math.Round(upright.Width * scale));
        var height = Math.Max(1, (int)Math.Round(upright.Height * scale));
        using var resized = scale < 1f ? upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) : null;
        var final = resized ?? upright;
        using var image = SKImage.FromBitmap(final);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, quality);
        return new SanitizedPhoto(jpeg.ToArray(), final.Width, final.Height);
    }

    /// <summary>A stored photo at one of <see cref="PhotoSizes.Widths"/> (longest side), or unchanged when that would not shrink it.</summary>
    public static byte[] Thumbnail(byte[] storedJpeg, int requested)
    {
        using var data = SKData.CreateCopy(storedJpeg);
        using var codec = SKCodec.Create(data);
        if (codec is null || PhotoSizes.Pick(requested, codec.Info.Width, codec.Info.Height) is not { } side)
        {
            return storedJpeg;
        }
        return Sanitize(storedJpeg, side, quality: 75).Jpeg;
    }

    /// <exception cref="PhotoRejectedException">Above <see cref="MaxPixels"/> or <see cref="MaxPixelSide"/>.</exception>
    public static void CheckDimensions(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new PhotoRejectedException("Không đọc được kích thước ảnh.");
        }
        if (Math.Max(width, height) > MaxPixelSide || (long)width * height > MaxPixels)
        {
            throw new PhotoRejectedException(
                $"Ảnh quá lớn ({width} × {height} điểm ảnh): chỉ nhận ảnh tới 50 triệu điểm ảnh và mỗi cạnh tới {MaxPixelSide} điểm ảnh. Hãy chụp lại ở độ phân giải thấp hơn hoặc thu nhỏ ảnh.");
        }
    }

    /// <summary>
    /// JPEG and WebP decode straight at a reduced scale (1/2, 1/4, 1/8 for JPEG) no smaller than the final size,
    /// so a 48 MP photo never exists in memory at full size; other formats decode whole.
    /// </summary>
    private static SKBitmap? Decode(SKCodec codec, int maxSide)
    {
        var info = codec.Info;
        var longest = Math.Max(info.Width, info.Height);
        var size = info.Size;
        if (longest > maxSide)
        {
            // The codec rounds a scale to one it supports, sometimes below the one asked: ask again, larger, until enough.
            for (var scale = (float)maxSide / longest; scale < 1f; scale *= 1.5f)
            {
                var scaled = codec.GetScaledDimensions(scale);
                if (Math.Max(scaled.Width, scaled.Height) >= maxSide)
                {
                    size = scaled;
                    break;
                }
            }
        }
        var target = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType,
            info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }
        bitmap.Dispose();
        return null;
    }

    /// <summary>Null when the pixels are already upright (no copy is made).</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return null;
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
