using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Demo;

/// <summary>
/// The demo school's own small selection of development indicators ("Bộ chỉ số mẫu của trường"): two per
/// domain and age group, written for the demo. It is NOT the national programme's official list; a real
/// school imports its own set on /suc-khoe/chi-so.
/// </summary>
internal static class DemoIndicatorsSeeder
{
    public const string Label = "Bộ chỉ số mẫu của trường";

    private static readonly (AgeGroup Age, string Prefix, DevelopmentDomain Domain, string Text)[] Sample =
    [
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Physical, "Đi hết đoạn đường hẹp mà không bước ra ngoài."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Physical, "Tự cầm thìa xúc ăn."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Cognition, "Chỉ và gọi tên vài bộ phận trên cơ thể."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Cognition, "Nhận ra đồ vật màu đỏ, màu xanh khi cô hỏi."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Language, "Nói câu ngắn ba, bốn từ."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Language, "Làm theo lời dặn gồm hai việc liên tiếp."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.SocialEmotional, "Chơi cạnh bạn, không giành đồ chơi."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.SocialEmotional, "Chào cô khi đến lớp và khi ra về."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Aesthetics, "Vận động theo nhạc một bài hát quen."),
        (AgeGroup.NhaTre, "NT", DevelopmentDomain.Aesthetics, "Di màu, vẽ nguệch ngoạc lên giấy."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Physical, "Bật tại chỗ bằng hai chân."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Physical, "Tự cởi và cài cúc áo to."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Cognition, "Đếm đúng nhóm có ba đồ vật."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Cognition, "Gọi tên hình tròn, hình vuông, hình tam giác."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Language, "Nói rõ tên mình và tên bố, mẹ."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Language, "Đọc thuộc một bài thơ ngắn."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.SocialEmotional, "Chờ đến lượt khi chơi cùng bạn."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.SocialEmotional, "Cất đồ chơi đúng chỗ sau khi chơi."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Aesthetics, "Hát theo giai điệu bài hát quen."),
        (AgeGroup.MauGiao3To4, "MG3", DevelopmentDomain.Aesthetics, "Nặn được viên tròn, thỏi dài từ đất nặn."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Physical, "Ném bóng trúng đích đặt gần."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Physical, "Tự rửa tay bằng xà phòng."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Cognition, "So sánh số lượng hai nhóm đồ vật trong phạm vi 5."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Cognition, "Xếp đồ vật thành nhóm theo màu hoặc hình dạng."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Language, "Kể lại chuyện đã nghe theo tranh."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Language, "Hỏi \"tại sao\", \"để làm gì\" về điều mới thấy."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.SocialEmotional, "Nói được mình đang vui hay buồn."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.SocialEmotional, "Giúp bạn khi bạn cần."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Aesthetics, "Vỗ tay theo nhịp bài hát."),
        (AgeGroup.MauGiao4To5, "MG4", DevelopmentDomain.Aesthetics, "Vẽ người có đầu, thân, tay, chân."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Physical, "Chạy đổi hướng theo hiệu lệnh mà không ngã."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Physical, "Dùng kéo cắt giấy theo đường kẻ thẳng."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Cognition, "Thêm, bớt đồ vật trong phạm vi 10."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Cognition, "Nói đúng hôm qua, hôm nay, ngày mai."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Language, "Nhận ra chữ cái đã học trong từ quen thuộc."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Language, "Kể chuyện có mở đầu và kết thúc."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.SocialEmotional, "Cùng nhóm bạn làm xong một việc."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.SocialEmotional, "Nói lời cảm ơn, xin lỗi đúng lúc."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Aesthetics, "Vận động minh họa theo bài hát."),
        (AgeGroup.MauGiao5To6, "MG5", DevelopmentDomain.Aesthetics, "Làm sản phẩm từ lá, hạt, sỏi và đặt tên cho sản phẩm."),
    ];

    private static readonly Dictionary<DevelopmentDomain, string> DomainCodes = new()
    {
        [DevelopmentDomain.Physical] = "TC", [DevelopmentDomain.Cognition] = "NTH", [DevelopmentDomain.Language] = "NN",
        [DevelopmentDomain.SocialEmotional] = "XH", [DevelopmentDomain.Aesthetics] = "TM",
    };

    public static async Task SeedAsync(SproutDbContextFactory contexts, int schoolId, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.ForSchool(schoolId));
        foreach (var group in Sample.GroupBy(s => (s.Age, s.Prefix, s.Domain)))
        {
            var order = 0;
            foreach (var (age, prefix, domain, text) in group)
            {
                order++;
                db.Add(new DevelopmentIndicator
                {
                    SchoolId = schoolId, Code = $"{prefix}-{DomainCodes[domain]}{order}", AgeGroup = age, Domain = domain,
                    Text = $"{text} ({Label})", Order = order, Active = true,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
