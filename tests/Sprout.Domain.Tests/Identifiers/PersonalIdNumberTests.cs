using Sprout.Domain.Identifiers;

namespace Sprout.Domain.Tests.Identifiers;

public class PersonalIdNumberTests
{
    [Theory]
    [InlineData(2021, false, "001221000042")]
    [InlineData(2020, true, "001320000042")]
    [InlineData(1985, false, "001085000042")]
    [InlineData(1990, true, "001190000042")]
    public void Century_and_sex_digit_follows_the_birth_year_and_sex(int year, bool female, string expected)
    {
        Assert.Equal(expected, PersonalIdNumber.Create("001", new DateOnly(year, 5, 1), female, 42));
    }
}
