using Sprout.Domain.Cell;

namespace Sprout.Domain.Tests.Cell;

/// <summary>Quy định 366-QĐ/TW (evaluation, 100-point bands) and 294-QĐ/TW (admission age).</summary>
public class PartyRulesInForceTests
{
    [Theory]
    [InlineData(100, EvaluationLevel.Excellent)]
    [InlineData(90, EvaluationLevel.Excellent)]
    [InlineData(89.99, EvaluationLevel.Good)]
    [InlineData(70, EvaluationLevel.Good)]
    [InlineData(69.5, EvaluationLevel.Completed)]
    [InlineData(50, EvaluationLevel.Completed)]
    [InlineData(49.99, EvaluationLevel.NotCompleted)]
    [InlineData(0, EvaluationLevel.NotCompleted)]
    public void The_score_bands_of_366_bound_the_level(double score, EvaluationLevel best) =>
        Assert.Equal(best, EvaluationScore.BestLevel((decimal)score));

    [Fact]
    public void A_level_above_the_score_is_refused_and_one_at_or_below_is_allowed()
    {
        Assert.Null(EvaluationScore.Refusal(EvaluationLevel.Good, 85m));
        Assert.Null(EvaluationScore.Refusal(EvaluationLevel.Completed, 85m));
        Assert.Equal("Tổng điểm 85/100 chỉ cho phép xếp loại từ mức “Hoàn thành tốt nhiệm vụ” trở xuống (Quy định 366-QĐ/TW).",
            EvaluationScore.Refusal(EvaluationLevel.Excellent, 85m));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationScore.BestLevel(100.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationScore.BestLevel(-1m));
    }

    [Fact]
    public void A_candidate_is_considered_from_the_18th_birthday_on()
    {
        var born = new DateOnly(2008, 3, 15);
        Assert.Equal(new DateOnly(2026, 3, 15), AdmissionAge.EligibleFrom(born));
        Assert.Null(AdmissionAge.Refusal(born, new DateOnly(2026, 3, 15)));
        Assert.Equal(
            "Người vào Đảng phải đủ 18 tuổi tại thời điểm chi bộ xét kết nạp (Quy định 294-QĐ/TW). Ngày 14/03/2026, người này mới 17 tuổi 11 tháng; có thể xét từ ngày 15/03/2026.",
            AdmissionAge.Refusal(born, new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public void A_leap_day_birth_becomes_eligible_on_the_28th_of_february()
    {
        var born = new DateOnly(2008, 2, 29);
        Assert.NotNull(AdmissionAge.Refusal(born, new DateOnly(2026, 2, 27)));
        Assert.Null(AdmissionAge.Refusal(born, new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void An_older_candidate_is_not_refused_for_age() =>
        Assert.Null(AdmissionAge.Refusal(new DateOnly(1960, 1, 1), new DateOnly(2026, 6, 1)));
}
