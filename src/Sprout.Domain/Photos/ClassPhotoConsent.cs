namespace Sprout.Domain.Photos;

/// <summary>
/// Whether photos may be added to a class album. A child's picture is personal data of a child:
/// <list type="bullet">
/// <item>Decree 13/2023/NĐ-CP on personal data protection (17/04/2023), Art. 20: processing a child's personal data
/// requires the consent of the child's parent or guardian (and of the child from 7 years old).</item>
/// <item>Law on Personal Data Protection No. 91/2025/QH15 (adopted 26/06/2025, in force 01/01/2026), which replaces the
/// decree's rules and keeps the guardian's consent for children's data. NOT CHECKED: the exact article numbers of the
/// law on children's data and on consent; the text was not available when this was written, so none is cited here.</item>
/// </list>
/// The school records each family's consent on the child's file (<c>Child.HasConsent</c>). Sprout cannot see who is in
/// a photo, so the teacher, who does, confirms that the photos show only children whose families consented; the
/// confirmation is asked whenever the class has a child without consent, and those children are named on the form.
/// </summary>
public static class ClassPhotoConsent
{
    public const int MaxPhotosPerPost = 10;
    public const int MaxCaptionLength = 300;

    /// <summary>The Vietnamese refusal, or null when the photos may be added.</summary>
    public static string? Refusal(int photoCount, int childrenWithoutConsent, bool teacherConfirmed, string? caption)
    {
        if (photoCount == 0)
        {
            return "Vui lòng chọn ít nhất một ảnh.";
        }
        if (photoCount > MaxPhotosPerPost)
        {
            return $"Mỗi lần chỉ gửi được tối đa {MaxPhotosPerPost} ảnh; bạn đã chọn {photoCount} ảnh.";
        }
        if (caption is { Length: > MaxCaptionLength })
        {
            return $"Chú thích tối đa {MaxCaptionLength} ký tự.";
        }
        if (childrenWithoutConsent > 0 && !teacherConfirmed)
        {
            return $"Lớp có {childrenWithoutConsent} trẻ chưa có đồng ý của phụ huynh cho việc sử dụng hình ảnh. "
                + "Vui lòng kiểm tra ảnh không có các trẻ này và đánh dấu xác nhận trước khi đăng.";
        }
        return null;
    }
}
