using System.Globalization;

namespace Sprout.Domain.Identifiers;

/// <summary>
/// The 12-digit personal identification number (số định danh cá nhân), structure per
/// Nghị định 137/2015/NĐ-CP and Thông tư 59/2021/TT-BCA (15/05/2021): the code of the province, or of the
/// country, where the birth was registered (3), century and sex (1), last two digits of the birth year (2),
/// six random digits.
/// </summary>
/// <remarks>
/// Thông tư 59/2021/TT-BCA, Điều 7 khoản 1, makes the first three digits "mã tỉnh, thành phố trực thuộc trung ương
/// hoặc mã quốc gia nơi công dân đăng ký khai sinh": a child whose birth was registered at an embassy abroad has a
/// country code there. The list of country codes (an appendix of the circular) could not be checked here, so three
/// digits that are not a province code are accepted as a possible country code rather than refused.
/// </remarks>
public static class PersonalIdNumber
{
    /// <summary>The 63 province codes in use before the 2025 reform; birth registrations keep them.</summary>
    public static IReadOnlyDictionary<string, string> ProvinceCodes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["001"] = "Hà Nội", ["002"] = "Hà Giang", ["004"] = "Cao Bằng", ["006"] = "Bắc Kạn", ["008"] = "Tuyên Quang",
        ["010"] = "Lào Cai", ["011"] = "Điện Biên", ["012"] = "Lai Châu", ["014"] = "Sơn La", ["015"] = "Yên Bái",
        ["017"] = "Hòa Bình", ["019"] = "Thái Nguyên", ["020"] = "Lạng Sơn", ["022"] = "Quảng Ninh", ["024"] = "Bắc Giang",
        ["025"] = "Phú Thọ", ["026"] = "Vĩnh Phúc", ["027"] = "Bắc Ninh", ["030"] = "Hải Dương", ["031"] = "Hải Phòng",
        ["033"] = "Hưng Yên", ["034"] = "Thái Bình", ["035"] = "Hà Nam", ["036"] = "Nam Định", ["037"] = "Ninh Bình",
        ["038"] = "Thanh Hóa", ["040"] = "Nghệ An", ["042"] = "Hà Tĩnh", ["044"] = "Quảng Bình", ["045"] = "Quảng Trị",
        ["046"] = "Thừa Thiên Huế", ["048"] = "Đà Nẵng", ["049"] = "Quảng Nam", ["051"] = "Quảng Ngãi", ["052"] = "Bình Định",
        ["054"] = "Phú Yên", ["056"] = "Khánh Hòa", ["058"] = "Ninh Thuận", ["060"] = "Bình Thuận", ["062"] = "Kon Tum",
        ["064"] = "Gia Lai", ["066"] = "Đắk Lắk", ["067"] = "Đắk Nông", ["068"] = "Lâm Đồng", ["070"] = "Bình Phước",
        ["072"] = "Tây Ninh", ["074"] = "Bình Dương", ["075"] = "Đồng Nai", ["077"] = "Bà Rịa - Vũng Tàu", ["079"] = "TP. Hồ Chí Minh",
        ["080"] = "Long An", ["082"] = "Tiền Giang", ["083"] = "Bến Tre", ["084"] = "Trà Vinh", ["086"] = "Vĩnh Long",
        ["087"] = "Đồng Tháp", ["089"] = "An Giang", ["091"] = "Kiên Giang", ["092"] = "Cần Thơ", ["093"] = "Hậu Giang",
        ["094"] = "Sóc Trăng", ["095"] = "Bạc Liêu", ["096"] = "Cà Mau",
    };

    /// <summary>
    /// Where the birth was registered: the province's name, or null for a code that is not a province
    /// (a country code for a birth registered abroad, Thông tư 59/2021/TT-BCA Điều 7).
    /// </summary>
    public static string? BirthRegistrationProvince(string number) =>
        number is { Length: >= 3 } && ProvinceCodes.TryGetValue(number[..3], out var name) ? name : null;

    /// <summary>Builds a structurally valid number; the demo data and tests use it.</summary>
    public static string Create(string provinceCode, DateOnly birthDate, bool female, int serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);
        return string.Create(CultureInfo.InvariantCulture, $"{provinceCode}{CenturySexDigit(birthDate.Year, female)}{birthDate.Year % 100:00}{serial:000000}");
    }

    /// <summary>0/1 for the 1900s (male/female), 2/3 for the 2000s, 4/5 for the 2100s…</summary>
    public static int CenturySexDigit(int birthYear, bool female) => (((birthYear / 100) - 19) * 2) + (female ? 1 : 0);

    /// <summary>
    /// Checks the structure against what is known of the person. Returns every problem, each a complete
    /// Vietnamese sentence; an empty list means the number is structurally valid.
    /// </summary>
    public static IReadOnlyList<string> Validate(string? number, DateOnly? birthDate, bool? female)
    {
        var errors = new List<string>();
        var value = (number ?? string.Empty).Trim();
        if (value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            errors.Add($"Số định danh phải gồm đúng 12 chữ số (đã nhập {value.Length} ký tự{(value.All(char.IsAsciiDigit) ? string.Empty : ", có ký tự không phải chữ số")}).");
            return errors;
        }
        var centurySex = value[3] - '0';
        var yearDigits = value.Substring(4, 2);
        if (birthDate is { } born)
        {
            if (born.Year < 1900 || born.Year > 2399)
            {
                errors.Add($"Năm sinh {born.Year} nằm ngoài phạm vi của số định danh.");
                return errors;
            }
            var expectedCentury = (born.Year / 100) - 19;
            if (centurySex / 2 != expectedCentury)
            {
                errors.Add($"Chữ số thứ 4 là {centurySex}, chỉ thế kỷ {19 + (centurySex / 2) + 1}, không khớp với năm sinh {born.Year}.");
            }
            if (!string.Equals(yearDigits, (born.Year % 100).ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                errors.Add($"Chữ số thứ 5–6 là {yearDigits}, phải là hai số cuối của năm sinh {born.Year} ({born.Year % 100:00}).");
            }
        }
        if (female is { } isFemale && (centurySex % 2 == 1) != isFemale)
        {
            errors.Add($"Chữ số thứ 4 là {centurySex}, chỉ giới tính {(centurySex % 2 == 1 ? "nữ" : "nam")}, không khớp với giới tính {(isFemale ? "nữ" : "nam")} của trẻ.");
        }
        return errors;
    }
}
