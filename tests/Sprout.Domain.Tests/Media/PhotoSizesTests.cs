using SkiaSharp;
using Sprout.Domain.Media;

namespace Sprout.Domain.Tests.Media;

public class PhotoSizesTests
{
    [Theory]
    [InlineData(160, 1280, 853, 160)]
    [InlineData(640, 1280, 853, 640)]
    [InlineData(640, 600, 400, null)]   // already smaller: the stored photo
    [InlineData(500, 1280, 853, null)]  // not an offered width: no re-encoding at any width a request names
    [InlineData(null, 1280, 853, null)]
    public void Only_the_offered_widths_that_shrink_the_photo_are_picked(int? requested, int width, int height, int? expected) =>
        Assert.Equal(expected, PhotoSizes.Pick(requested, width, height));

    [Fact]
    public void A_thumbnail_has_the_asked_longest_side_and_an_unknown_width_returns_the_stored_photo()
    {
        var stored = PhotoSanitizer.Sanitize(PhotoSanitizerTests.JpegWithExif(1200, 900)).Jpeg;
        using (var thumb = SKBitmap.Decode(PhotoSanitizer.Thumbnail(stored, 320)))
        {
            Assert.Equal((320, 240), (thumb.Width, thumb.Height));
        }
        Assert.Same(stored, PhotoSanitizer.Thumbnail(stored, 333));
        Assert.True(PhotoSanitizer.Thumbnail(stored, 160).Length < stored.Length / 4);
    }
}
