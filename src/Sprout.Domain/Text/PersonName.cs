using System.Text;

namespace Sprout.Domain.Text;

/// <summary>A Vietnamese full name: family name (họ), middle name (tên đệm), given name (tên).</summary>
public sealed record PersonName(string FamilyName, string MiddleName, string GivenName)
{
    public string FullName => string.Join(' ', new[] { FamilyName, MiddleName, GivenName }.Where(p => p.Length > 0));

    /// <summary>Splits "Nguyễn Thị Minh Anh" into họ "Nguyễn", đệm "Thị Minh", tên "Anh".</summary>
    public static PersonName Parse(string fullName)
    {
        var parts = Clean(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => new PersonName(string.Empty, string.Empty, string.Empty),
            1 => new PersonName(string.Empty, string.Empty, parts[0]),
            2 => new PersonName(parts[0], string.Empty, parts[1]),
            _ => new PersonName(parts[0], string.Join(' ', parts[1..^1]), parts[^1]),
        };
    }

    /// <summary>Trims, collapses spaces and normalises to NFC so that equal names compare equal.</summary>
    public static string Clean(string? text) =>
        string.Join(' ', (text ?? string.Empty).Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Sorts people the Vietnamese way: by given name, then family name, then middle name.</summary>
public sealed class VietnameseNameComparer : IComparer<PersonName>
{
    public static VietnameseNameComparer Instance { get; } = new();

    public int Compare(PersonName? x, PersonName? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = VietnameseCollation.Compare(x.GivenName, y.GivenName);
        if (c != 0) return c;
        c = VietnameseCollation.Compare(x.FamilyName, y.FamilyName);
        return c != 0 ? c : VietnameseCollation.Compare(x.MiddleName, y.MiddleName);
    }
}
