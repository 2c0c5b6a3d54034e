using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class GrowthChartAndChecksTests
{
    [Fact]
    public void The_chart_draws_five_WHO_curves_and_every_measurement()
    {
        var svg = GrowthChartSvg.Render(Sex.Female, ChartIndicator.WeightForAge,
            [new ChartPoint(900, 12.1), new ChartPoint(960, 12.6)], "Biểu đồ cân nặng theo tuổi của bé An");
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Equal(5, svg.Split("data-z=").Length - 1);
        Assert.Equal(2, svg.Split("class=\"child-point\"").Length - 1);
        Assert.Contains("<title id=\"chart-title\">Biểu đồ cân nặng theo tuổi của bé An</title>", svg, StringComparison.Ordinal);
        Assert.Contains("Tuổi (tháng)", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_entries_are_refused_with_Vietnamese_reasons()
    {
        var birth = new DateOnly(2022, 5, 1);
        var today = new DateOnly(2026, 11, 24);
        Assert.Contains("Cân nặng 0 kg không hợp lệ (phải lớn hơn 0 và không quá 60 kg).",
            MeasurementChecks.Impossible(new(birth, today, 0, 100, null), today));
        Assert.Contains("Chiều cao 300 cm không hợp lệ (từ 40 đến 150 cm).",
            MeasurementChecks.Impossible(new(birth, today, 15, 300, null), today));
        Assert.Contains("Ngày đo trước ngày sinh.", MeasurementChecks.Impossible(new(birth, birth.AddDays(-1), 15, 100, null), today));
        Assert.Empty(MeasurementChecks.Impossible(new(birth, today, 15.5, 101.2, null), today));
    }

    [Fact]
    public void A_big_change_since_last_time_and_an_implausible_z_score_are_pointed_out()
    {
        var birth = new DateOnly(2022, 5, 1);
        var now = new DateOnly(2026, 11, 15);
        var current = new MeasurementChecks.Entry(birth, now, 19, 100, null);
        var previous = new MeasurementChecks.Entry(birth, new DateOnly(2026, 9, 15), 15.5, 102, null);
        var result = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = now.DayNumber - birth.DayNumber, Measure = MeasurePosition.Standing, WeightKg = 19, LengthHeightCm = 100 });
        var warnings = MeasurementChecks.Warnings(result, current, previous);
        Assert.Contains(warnings, w => w.StartsWith("Cân nặng thay đổi +23%", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Chiều cao giảm 2 cm", StringComparison.Ordinal));

        var absurd = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 1000, Measure = MeasurePosition.Standing, WeightKg = 40, LengthHeightCm = 92 });
        Assert.Contains(MeasurementChecks.Warnings(absurd, new(birth, now, 40, 92, null), null), w => w.StartsWith("Cân nặng theo tuổi bất thường", StringComparison.Ordinal));
    }
}
