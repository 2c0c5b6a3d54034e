namespace Sprout.Domain.Places;

public sealed record Province(string Code, string Name);

public sealed record WardUnit(string Code, string Name, string ProvinceCode);

/// <summary>The current 34 provinces and their wards/communes (see Data/README.md for source and licence).</summary>
public sealed class AdministrativeUnits
{
    private static readonly Lazy<AdministrativeUnits> Shared = new(Load);

    private readonly Dictionary<string, WardUnit> _wards;

    private AdministrativeUnits(IReadOnlyList<Province> provinces, IReadOnlyList<WardUnit> wards)
    {
        Provinces = provinces;
        _wards = wards.ToDictionary(w => w.Code, StringComparer.Ordinal);
        WardsByProvince = wards.GroupBy(w => w.ProvinceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WardUnit>)g.OrderBy(w => w.Name, Text.VietnameseCollation.Comparer).ToList(), StringComparer.Ordinal);
    }

    public static AdministrativeUnits Current => Shared.Value;

    public IReadOnlyList<Province> Provinces { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<WardUnit>> WardsByProvince { get; }

    public WardUnit? Ward(string? code) => code is not null && _wards.TryGetValue(code, out var ward) ? ward : null;

    public Province? Province(string? code) => Provinces.FirstOrDefault(p => p.Code == code);

    /// <summary>Finds a ward of a province by name, ignoring diacritics, tone placement (hoà/hòa) and the "Phường/Xã" prefix.</summary>
    public WardUnit? FindWard(string provinceCode, string name)
    {
        if (!WardsByProvince.TryGetValue(provinceCode, out var wards))
        {
            return null;
        }
        var wanted = Strip(Text.TextFolding.Fold(name));
        return wards.FirstOrDefault(w => Strip(Text.TextFolding.Fold(w.Name)) == wanted);
    }

    public Province? FindProvince(string name)
    {
        var wanted = Strip(Text.TextFolding.Fold(name));
        return Provinces.FirstOrDefault(p => Strip(Text.TextFolding.Fold(p.Name)) == wanted || p.Code == name.Trim());
    }

    private static string Strip(string folded)
    {
        foreach (var prefix in new[] { "thanh pho ", "tinh ", "phuong ", "xa ", "dac khu ", "thi tran " })
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return folded[prefix.Length..];
            }
        }
        return folded;
    }

    private static AdministrativeUnits Load()
    {
        using var stream = typeof(AdministrativeUnits).Assembly.GetManifestResourceStream("Sprout.Domain.Places.Data.vn-admin-units.csv")
            ?? throw new InvalidOperationException("vn-admin-units.csv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var provinces = new Dictionary<string, Province>(StringComparer.Ordinal);
        var wards = new List<WardUnit>(3400);
        while (reader.ReadLine() is { } line)
        {
            // Names contain no commas, so a plain split is exact for this file.
            var f = line.Split(',');
            provinces.TryAdd(f[0], new Province(f[0], f[1]));
            wards.Add(new WardUnit(f[2], f[3], f[0]));
        }
        return new AdministrativeUnits(provinces.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList(), wards);
    }
}
