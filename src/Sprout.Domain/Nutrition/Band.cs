using System.Globalization;

namespace Sprout.Domain.Nutrition;

/// <summary>An inclusive range a quantity should fall in.</summary>
public readonly record struct Band(double Min, double Max)
{
    public double Mid => (Min + Max) / 2;

    public BandCheck Check(double value) => new(value, this);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max}");
}

public enum BandStatus
{
    /// <summary>Đạt.</summary>
    Within,

    /// <summary>Thiếu.</summary>
    Under,

    /// <summary>Thừa.</summary>
    Over,
}

/// <summary>A value compared with its band: within, or short/over by <see cref="Deviation"/>.</summary>
public readonly record struct BandCheck(double Value, Band Band)
{
    /// <summary>Values are compared after rounding to 0.01 so that 615.004 kcal does not read "thiếu 0,00".</summary>
    public BandStatus Status
    {
        get
        {
            var v = Math.Round(Value, 2, MidpointRounding.AwayFromZero);
            return v < Band.Min ? BandStatus.Under : v > Band.Max ? BandStatus.Over : BandStatus.Within;
        }
    }

    /// <summary>How far outside the band the value is (0 when within); always positive.</summary>
    public double Deviation => Status switch
    {
        BandStatus.Under => Band.Min - Value,
        BandStatus.Over => Value - Band.Max,
        _ => 0,
    };

    public bool IsWithin => Status == BandStatus.Within;

    /// <summary>Vietnamese text for reports: "Đạt", "Thiếu 12,3 kcal", "Thừa 2,1 %".</summary>
    public string Describe(string unit)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var amount = Deviation.ToString("0.0", vi);
        return Status switch
        {
            BandStatus.Under => $"Thiếu {amount} {unit}",
            BandStatus.Over => $"Thừa {amount} {unit}",
            _ => "Đạt",
        };
    }
}
