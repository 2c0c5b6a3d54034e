using Sprout.Domain.Text;

namespace Sprout.Domain.Demo;

/// <summary>Realistic, repeatable Vietnamese names for demo schools and load tests.</summary>
public sealed class VietnameseNameGenerator(int seed)
{
    // Family names weighted roughly by how common they are in northern Việt Nam.
    private static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Phan", 3),
        ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 2), ("Dương", 1), ("Lý", 1),
        ("Đinh", 1), ("Trịnh", 1), ("Đào", 1), ("Mai", 1), ("Lương", 1), ("Tạ", 1), ("Chu", 1),
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Minh", "Đức", "Quang", "Gia", "Hoàng", "Anh", "Bảo", "Hữu", "Tuấn", "Thành", "Đăng", "Khánh", "Nhật"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bảo", "Khánh", "Phương", "Hà", "Diệu", "Mai", "Tuệ", "Gia", "Hải"];

    private static readonly string[] MaleGiven =
    [
        "An", "Anh", "Bách", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Huy",
        "Hùng", "Khang", "Khôi", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc", "Quân",
        "Quang", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ",
    ];

    private static readonly string[] FemaleGiven =
    [
        "An", "Anh", "Ánh", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hân", "Hằng", "Hạnh", "Hoa", "Hương",
        "Huyền", "Lan", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương",
        "Quyên", "Quỳnh", "Tâm", "Thảo", "Thư", "Trang", "Trâm", "Tú", "Uyên", "Vân", "Vy", "Yến",
    ];

    private readonly Random _random = new(seed);
    private readonly int _familyWeightTotal = FamilyNames.Sum(f => f.Weight);

    public PersonName Next(bool female) => new(NextFamilyName(), Pick(female ? FemaleMiddle : MaleMiddle), Pick(female ? FemaleGiven : MaleGiven));

    public PersonName NextWithFamilyName(string familyName, bool female) =>
        new(familyName, Pick(female ? FemaleMiddle : MaleMiddle), Pick(female ? FemaleGiven : MaleGiven));

    public string NextFamilyName()
    {
        var roll = _random.Next(_familyWeightTotal);
        foreach (var (name, weight) in FamilyNames)
        {
            if (roll < weight) return name;
            roll -= weight;
        }
        return FamilyNames[0].Name;
    }

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
