using Sprout.Domain.Identifiers;
using Sprout.Domain.Text;

namespace Sprout.Domain.Tests.Identifiers;

public class PersonalIdValidationTests
{
    private static readonly DateOnly Born2021 = new(2021, 3, 14);

    [Fact]
    public void A_number_that_agrees_with_birth_date_and_sex_is_valid()
    {
        Assert.Empty(PersonalIdNumber.Validate("001321004567", Born2021, female: true));
    }

    [Theory]
    [InlineData("00132100456", "đúng 12 chữ số")]
    [InlineData("00132100456a", "không phải chữ số")]
    public void Malformed_numbers_are_explained(string number, string expected)
    {
        var errors = PersonalIdNumber.Validate(number, Born2021, female: true);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("003321004567")]
    [InlineData("704321004567")]
    [InlineData("250321004567")]
    public void A_first_three_digits_that_are_no_province_may_be_the_country_of_a_birth_registered_abroad(string number)
    {
        // Thông tư 59/2021/TT-BCA, Điều 7 khoản 1: "mã tỉnh ... hoặc mã quốc gia nơi công dân đăng ký khai sinh".
        Assert.Empty(PersonalIdNumber.Validate(number, Born2021, female: true));
        Assert.Null(PersonalIdNumber.BirthRegistrationProvince(number));
        Assert.Equal("Hà Nội", PersonalIdNumber.BirthRegistrationProvince("001321004567"));
    }

    [Fact]
    public void Century_digit_must_match_the_birth_year()
    {
        var errors = PersonalIdNumber.Validate("001121004567", Born2021, female: true);
        Assert.Contains(errors, e => e.Contains("Chữ số thứ 4 là 1, chỉ thế kỷ 20", StringComparison.Ordinal));
    }

    [Fact]
    public void Sex_digit_must_match_the_childs_sex()
    {
        var errors = PersonalIdNumber.Validate("001221004567", Born2021, female: true);
        Assert.Equal(["Chữ số thứ 4 là 2, chỉ giới tính nam, không khớp với giới tính nữ của trẻ."], errors);
    }

    [Fact]
    public void Year_digits_must_equal_the_birth_years_last_two()
    {
        var errors = PersonalIdNumber.Validate("001320004567", Born2021, female: true);
        Assert.Equal(["Chữ số thứ 5–6 là 20, phải là hai số cuối của năm sinh 2021 (21)."], errors);
    }

    [Fact]
    public void Created_numbers_always_validate()
    {
        for (var year = 1950; year < 2030; year += 7)
        {
            foreach (var female in new[] { true, false })
            {
                var birth = new DateOnly(year, 6, 1);
                Assert.Empty(PersonalIdNumber.Validate(PersonalIdNumber.Create("079", birth, female, year * 3), birth, female));
            }
        }
    }

    [Fact]
    public void There_are_54_ethnic_groups_found_by_code_or_by_name_without_diacritics()
    {
        Assert.Equal(54, Ethnicities.All.Count);
        Assert.Equal(54, Ethnicities.All.Select(e => e.Code).Distinct().Count());
        Assert.Equal("01", Ethnicities.FindCode("Kinh"));
        Assert.Equal("05", Ethnicities.FindCode("khơ me"));
        Assert.Equal("23", Ethnicities.FindCode("Bru Van Kieu"));
        Assert.Equal("08", Ethnicities.FindCode("8"));
        Assert.Null(Ethnicities.FindCode("Không rõ"));
    }

    [Theory]
    [InlineData("Đề án Đổi mới", "de an doi moi")]
    [InlineData("  Kế   hoạch ", "ke hoach")]
    [InlineData("Hoà / Hòa", "hoa / hoa")]
    public void Folding_removes_diacritics_and_d_bar(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));
}
