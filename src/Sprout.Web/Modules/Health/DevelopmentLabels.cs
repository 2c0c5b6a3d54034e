using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;

namespace Sprout.Web.Modules.Health;

/// <summary>Reads the age group and domain as a school writes them in its indicator sheet.</summary>
public static class DevelopmentLabels
{
    /// <summary>"Nhà trẻ", "24–36 tháng", "3-4 tuổi", "Mẫu giáo 5–6 tuổi", "5 tuổi"…</summary>
    public static AgeGroup? ParseAgeGroup(string? text)
    {
        var folded = TextFolding.Fold(text);
        if (folded.Contains("nha tre", StringComparison.Ordinal))
        {
            return AgeGroup.NhaTre;
        }
        var digits = new string(folded.Where(char.IsAsciiDigit).ToArray());
        return digits switch
        {
            "2436" or "2" => AgeGroup.NhaTre,
            "34" or "3" => AgeGroup.MauGiao3To4,
            "45" or "4" => AgeGroup.MauGiao4To5,
            "56" or "5" => AgeGroup.MauGiao5To6,
            _ => null,
        };
    }

    /// <summary>"Thể chất", "Phát triển nhận thức", "Ngôn ngữ và giao tiếp", "Tình cảm, kỹ năng xã hội", "Thẩm mỹ".</summary>
    public static DevelopmentDomain? ParseDomain(string? text)
    {
        var folded = TextFolding.Fold(text);
        return folded switch
        {
            _ when folded.Contains("the chat", StringComparison.Ordinal) => DevelopmentDomain.Physical,
            _ when folded.Contains("nhan thuc", StringComparison.Ordinal) => DevelopmentDomain.Cognition,
            _ when folded.Contains("ngon ngu", StringComparison.Ordinal) => DevelopmentDomain.Language,
            _ when folded.Contains("tinh cam", StringComparison.Ordinal) || folded.Contains("xa hoi", StringComparison.Ordinal) => DevelopmentDomain.SocialEmotional,
            _ when folded.Contains("tham my", StringComparison.Ordinal) => DevelopmentDomain.Aesthetics,
            _ => null,
        };
    }
}
