namespace Sprout.Domain.Identifiers;

/// <summary>
/// The 54 ethnic groups of Việt Nam with the two-digit codes of the national list
/// (Quyết định 121-TCTK/PPCĐ, 1979), used by the education-sector database.
/// </summary>
public static class Ethnicities
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("01", "Kinh"), ("02", "Tày"), ("03", "Thái"), ("04", "Hoa"), ("05", "Khơ-me"), ("06", "Mường"), ("07", "Nùng"),
        ("08", "Mông"), ("09", "Dao"), ("10", "Gia-rai"), ("11", "Ngái"), ("12", "Ê-đê"), ("13", "Ba-na"), ("14", "Xơ-đăng"),
        ("15", "Sán Chay"), ("16", "Cơ-ho"), ("17", "Chăm"), ("18", "Sán Dìu"), ("19", "Hrê"), ("20", "Mnông"), ("21", "Ra-glai"),
        ("22", "Xtiêng"), ("23", "Bru-Vân Kiều"), ("24", "Thổ"), ("25", "Giáy"), ("26", "Cơ-tu"), ("27", "Gié-Triêng"), ("28", "Mạ"),
        ("29", "Khơ-mú"), ("30", "Co"), ("31", "Tà-ôi"), ("32", "Chơ-ro"), ("33", "Kháng"), ("34", "Xinh-mun"), ("35", "Hà Nhì"),
        ("36", "Chu-ru"), ("37", "Lào"), ("38", "La Chí"), ("39", "La Ha"), ("40", "Phù Lá"), ("41", "La Hủ"), ("42", "Lự"),
        ("43", "Lô Lô"), ("44", "Chứt"), ("45", "Mảng"), ("46", "Pà Thẻn"), ("47", "Cờ Lao"), ("48", "Cống"), ("49", "Bố Y"),
        ("50", "Si La"), ("51", "Pu Péo"), ("52", "Brâu"), ("53", "Ơ Đu"), ("54", "Rơ-măm"),
    ];

    private static readonly Dictionary<string, string> ByCode = All.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);

    public static string? NameOf(string? code) => code is not null && ByCode.TryGetValue(code, out var name) ? name : null;

    /// <summary>Finds a group by its code or by its name typed with or without hyphens and diacritics.</summary>
    public static string? FindCode(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }
        var value = codeOrName.Trim();
        if (ByCode.ContainsKey(value.PadLeft(2, '0')))
        {
            return value.PadLeft(2, '0');
        }
        var folded = Text.TextFolding.Fold(value.Replace('-', ' '));
        return All.FirstOrDefault(e => Text.TextFolding.Fold(e.Name.Replace('-', ' ')) == folded).Code;
    }
}
