using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Health;

namespace Sprout.Web.Tests.Modules.Health;

public class DevelopmentRollupTests
{
    [Fact]
    public void A_domain_is_achieved_only_when_every_active_indicator_of_it_is_achieved()
    {
        var domains = DevelopmentRollup.Domains(
        [
            (DevelopmentDomain.Physical, true), (DevelopmentDomain.Physical, true),
            (DevelopmentDomain.Language, true), (DevelopmentDomain.Language, false),
            (DevelopmentDomain.Cognition, null),
        ])!;
        Assert.True(domains[DevelopmentDomain.Physical]);
        Assert.False(domains[DevelopmentDomain.Language]);
        Assert.False(domains[DevelopmentDomain.Cognition]); // not yet marked is not reached
        Assert.True(domains[DevelopmentDomain.Aesthetics]); // no indicator in the school's set: nothing left to reach
        Assert.Equal(5, domains.Count);
    }

    [Fact]
    public void A_child_marked_on_no_indicator_has_no_domain_result()
    {
        Assert.Null(DevelopmentRollup.Domains([(DevelopmentDomain.Physical, null), (DevelopmentDomain.Language, null)]));
    }

    [Theory]
    [InlineData("Nhà trẻ", AgeGroup.NhaTre)]
    [InlineData("24-36 tháng", AgeGroup.NhaTre)]
    [InlineData("3-4 tuổi", AgeGroup.MauGiao3To4)]
    [InlineData("Mẫu giáo 4–5 tuổi", AgeGroup.MauGiao4To5)]
    [InlineData("5 - 6 tuổi", AgeGroup.MauGiao5To6)]
    [InlineData("7 tuổi", null)]
    public void Age_groups_are_read_as_schools_write_them(string text, AgeGroup? expected) =>
        Assert.Equal(expected, DevelopmentLabels.ParseAgeGroup(text));

    [Theory]
    [InlineData("Phát triển thể chất", DevelopmentDomain.Physical)]
    [InlineData("nhận thức", DevelopmentDomain.Cognition)]
    [InlineData("Ngôn ngữ và giao tiếp", DevelopmentDomain.Language)]
    [InlineData("Tình cảm, kỹ năng xã hội", DevelopmentDomain.SocialEmotional)]
    [InlineData("Thẩm mỹ", DevelopmentDomain.Aesthetics)]
    [InlineData("Toán", null)]
    public void Domains_are_read_as_schools_write_them(string text, DevelopmentDomain? expected) =>
        Assert.Equal(expected, DevelopmentLabels.ParseDomain(text));

    [Fact]
    public void The_periods_of_a_year_sort_in_time_order_so_the_latest_is_the_greatest_label()
    {
        var today = new DateOnly(2026, 12, 2);
        Assert.Equal("2026-2027 cuối năm", DevelopmentPeriods.EndOfYear(today));
        Assert.True(string.CompareOrdinal(DevelopmentPeriods.EndOfFirstTerm(today), DevelopmentPeriods.EndOfYear(today)) < 0);
        Assert.True(string.CompareOrdinal(DevelopmentPeriods.EndOfYear(today.AddYears(-1)), DevelopmentPeriods.EndOfFirstTerm(today)) < 0);
    }
}
