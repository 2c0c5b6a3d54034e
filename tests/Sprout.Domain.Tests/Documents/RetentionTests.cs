using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Retention;

namespace Sprout.Domain.Tests.Documents;

public class RetentionTests
{
    [Fact]
    public void A_period_in_years_ends_on_the_last_day_of_the_year_and_a_permanent_one_never()
    {
        Assert.Equal(new DateOnly(2035, 12, 31), RetentionPeriod.OfYears(10).KeepUntil(2025));
        Assert.Null(RetentionPeriod.Permanent.KeepUntil(2025));
        Assert.Equal("10 năm", RetentionPeriod.OfYears(10).VietnameseName);
        Assert.Equal("Vĩnh viễn", RetentionPeriod.Permanent.VietnameseName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_period_outside_one_to_a_hundred_years_is_refused(int years) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RetentionPeriod.OfYears(years));

    [Fact]
    public void Every_type_has_a_default_and_an_unknown_type_is_kept_for_ever_rather_than_too_briefly()
    {
        Assert.All(DocumentType.All, t => Assert.True(RetentionSchedule.DefaultFor(t.Code).IsPermanent || RetentionSchedule.DefaultFor(t.Code).Years >= 5));
        Assert.True(RetentionSchedule.DefaultFor(DocumentType.QuyetDinh.Code).IsPermanent);
        Assert.True(RetentionSchedule.DefaultFor("KHÔNG-CÓ").IsPermanent);
    }
}
