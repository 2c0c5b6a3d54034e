using Sprout.Domain.Photos;

namespace Sprout.Domain.Tests.Photos;

public class ClassPhotoConsentTests
{
    [Fact]
    public void A_class_where_every_family_consented_needs_no_confirmation()
    {
        Assert.Null(ClassPhotoConsent.Refusal(photoCount: 3, childrenWithoutConsent: 0, teacherConfirmed: false, caption: "Giờ kể chuyện"));
    }

    [Fact]
    public void A_class_with_children_without_consent_needs_the_teachers_confirmation()
    {
        var refusal = ClassPhotoConsent.Refusal(photoCount: 2, childrenWithoutConsent: 3, teacherConfirmed: false, caption: null);
        Assert.NotNull(refusal);
        Assert.Contains("3 trẻ chưa có đồng ý", refusal, StringComparison.Ordinal);
        Assert.Null(ClassPhotoConsent.Refusal(photoCount: 2, childrenWithoutConsent: 3, teacherConfirmed: true, caption: null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ClassPhotoConsent.MaxPhotosPerPost + 1)]
    public void No_photo_or_too_many_at_once_are_refused(int count)
    {
        Assert.NotNull(ClassPhotoConsent.Refusal(count, 0, teacherConfirmed: true, caption: null));
    }

    [Fact]
    public void A_caption_longer_than_the_limit_is_refused()
    {
        Assert.NotNull(ClassPhotoConsent.Refusal(1, 0, true, new string('a', ClassPhotoConsent.MaxCaptionLength + 1)));
        Assert.Null(ClassPhotoConsent.Refusal(1, 0, true, new string('a', ClassPhotoConsent.MaxCaptionLength)));
    }
}
