namespace Sprout.Domain.Growth;

/// <summary>
/// Checks a nurse's entry before it is saved: impossible values are refused, implausible ones (WHO flags)
/// and big changes since the last measurement are pointed out for a second look.
/// </summary>
public static class MeasurementChecks
{
    public sealed record Entry(DateOnly BirthDate, DateOnly MeasuredOn, double? WeightKg, double? HeightCm, double? HeadCm);

    public static IReadOnlyList<string> Impossible(Entry e, DateOnly today)
    {
        var errors = new List<string>();
        if (e.MeasuredOn < e.BirthDate) errors.Add("Ngày đo trước ngày sinh.");
        if (e.MeasuredOn > today) errors.Add("Ngày đo ở tương lai.");
        if (e.WeightKg is { } w && (w <= 0 || w > 60)) errors.Add($"Cân nặng {w:0.#} kg không hợp lệ (phải lớn hơn 0 và không quá 60 kg).");
        if (e.HeightCm is { } h && (h < 40 || h > 150)) errors.Add($"Chiều cao {h:0.#} cm không hợp lệ (từ 40 đến 150 cm).");
        if (e.HeadCm is { } c && (c < 25 || c > 60)) errors.Add($"Vòng đầu {c:0.#} cm không hợp lệ (từ 25 đến 60 cm).");
        if (e.WeightKg is null && e.HeightCm is null) errors.Add("Chưa nhập cân nặng hoặc chiều cao.");
        return errors;
    }

    public static IReadOnlyList<string> Warnings(in GrowthResult result, Entry current, Entry? previous)
    {
        var warnings = new List<string>();
        if (result.WeightForAge is { Implausible: true } wfa) warnings.Add($"Cân nặng theo tuổi bất thường (z = {wfa.Value:0.00}): kiểm tra lại.");
        if (result.LengthHeightForAge is { Implausible: true } hfa) warnings.Add($"Chiều cao theo tuổi bất thường (z = {hfa.Value:0.00}): kiểm tra lại.");
        if (result.WeightForLengthHeight is { Implausible: true } wfh) warnings.Add($"Cân nặng theo chiều cao bất thường (z = {wfh.Value:0.00}): kiểm tra lại.");
        if (previous is not null)
        {
            if (current.WeightKg is { } w && previous.WeightKg is { } pw && pw > 0 && Math.Abs(w - pw) / pw > 0.10)
            {
                warnings.Add($"Cân nặng thay đổi {(w - pw) / pw:+0%;-0%} so với lần đo trước ({pw:0.#} kg ngày {previous.MeasuredOn:dd/MM/yyyy}).");
            }
            if (current.HeightCm is { } h && previous.HeightCm is { } ph && ph - h > 1)
            {
                warnings.Add($"Chiều cao giảm {ph - h:0.#} cm so với lần đo trước ({ph:0.#} cm): kiểm tra lại.");
            }
        }
        return warnings;
    }
}
