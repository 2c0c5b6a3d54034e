using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sprout.Domain.Documents.Rendering;

namespace Sprout.Domain.Documents;

/// <summary>Reads a Markdown file with a small front matter into an <see cref="OfficialDocument"/>.</summary>
/// <remarks>
/// Front matter keys: kind (administrative|party), type (KH, QĐ, công văn…), number (12, or a full "12/KH-MNĐTVH" / "05-KH/CB"),
/// issuer_code, unit, date (yyyy-MM-dd), place, issuer, parent, title, signer, position (lines split by " / " or a list), recipients (a list).
/// Only "key: value" lines and "- item" lists are understood: enough for hand-written documents, no YAML library needed.
/// </remarks>
public static partial class MarkdownDocumentParser
{
    public static byte[] Render(string markdownWithFrontMatter) => OfficialPdfRenderer.Render(Parse(markdownWithFrontMatter));

    public static OfficialDocument Parse(string markdownWithFrontMatter)
    {
        ArgumentNullException.ThrowIfNull(markdownWithFrontMatter);
        var (fields, body) = Split(markdownWithFrontMatter.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal));

        var kind = Scalar(fields, "kind")?.ToUpperInvariant() switch
        {
            null or "" or "ADMINISTRATIVE" or "STATE" => DocumentKind.Administrative,
            "PARTY" or "ĐẢNG" => DocumentKind.Party,
            var other => throw new FormatException($"Loại văn bản \"{other}\" không hợp lệ: dùng administrative (hành chính) hoặc party (Đảng)."),
        };
        var typeKey = Scalar(fields, "type");
        var type = typeKey is null ? DocumentType.KeHoach
            : DocumentType.Find(typeKey) ?? throw new FormatException($"Không có thể loại văn bản \"{typeKey}\" (ví dụ: KH, BC, QĐ, TB, BB).");
        var issuer = Scalar(fields, "issuer") ?? throw new FormatException("Phần đầu văn bản thiếu mục 'issuer' (tên cơ quan ban hành).");
        var dateText = Scalar(fields, "date") ?? throw new FormatException("Phần đầu văn bản thiếu mục 'date' (ngày ban hành, dạng yyyy-MM-dd).");
        if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Ngày \"{dateText}\" không hợp lệ: dùng dạng yyyy-MM-dd.");
        }

        var positions = List(fields, "position");
        if (positions.Count == 1) positions = positions[0].Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var signer = Scalar(fields, "signer");

        return new OfficialDocument
        {
            Kind = kind,
            Type = type,
            IssuingBody = issuer,
            ParentBody = Scalar(fields, "parent"),
            Number = ReadNumber(fields, kind, type),
            Place = Scalar(fields, "place") ?? string.Empty,
            Date = date,
            Title = Scalar(fields, "title"),
            BodyMarkdown = body,
            Signature = signer is null && positions.Count == 0 ? null : new SignatureBlock(positions, signer ?? string.Empty),
            Recipients = List(fields, "recipients"),
        };
    }

    private static DocumentNumber? ReadNumber(Dictionary<string, List<string>> fields, DocumentKind kind, DocumentType type)
    {
        var text = Scalar(fields, "number");
        if (string.IsNullOrEmpty(text)) return null;
        var code = Scalar(fields, "issuer_code");
        var unit = Scalar(fields, "unit");
        var number = NumberPrefix().Match(text);
        if (!number.Success) throw new FormatException($"Số văn bản \"{text}\" không đọc được.");
        var rest = text[number.Length..].Trim();
        if (rest.Length > 0)
        {
            // "12/KH-MNĐTVH", "12/MNĐTVH-VP" or Party "05-KH/CB": the issuer code is the part that is not the type.
            var parts = rest.Split(['/', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (kind == DocumentKind.Party) code ??= parts[^1];
            else if (type.IsCongVan) { code ??= parts[0]; unit ??= parts.Length > 1 ? parts[1] : null; }
            else code ??= parts[^1];
        }

        if (code is null) throw new FormatException("Văn bản có số cần mục 'issuer_code' (ví dụ MNĐTVH) hoặc số đầy đủ như 12/KH-MNĐTVH.");
        return new DocumentNumber(kind, int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture), type, code, unit);
    }

    private static (Dictionary<string, List<string>> Fields, string Body) Split(string text)
    {
        var fields = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var trimmed = text.TrimStart('\uFEFF');
        if (!trimmed.StartsWith("---\n", StringComparison.Ordinal)) return (fields, trimmed);
        var end = trimmed.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) throw new FormatException("Phần đầu văn bản mở bằng '---' nhưng không có dòng '---' kết thúc.");
        string? listKey = null;
        foreach (var raw in trimmed[4..end].Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0) continue;
            var item = line.TrimStart();
            if (item.StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                fields[listKey].Add(Unquote(item[2..]));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new FormatException($"Không đọc được dòng \"{line}\" ở phần đầu văn bản (dạng khóa: giá trị).");
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            fields[key] = value.StartsWith('[') && value.EndsWith(']')
                ? value[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote).ToList()
                : value.Length == 0 ? [] : [Unquote(value)];
            listKey = value.Length == 0 ? key : null;
        }

        var bodyStart = trimmed.IndexOf('\n', end + 1);
        return (fields, bodyStart < 0 ? string.Empty : trimmed[(bodyStart + 1)..]);
    }

    private static string? Scalar(Dictionary<string, List<string>> fields, string key) =>
        fields.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    private static List<string> List(Dictionary<string, List<string>> fields, string key) =>
        fields.TryGetValue(key, out var values) ? values : [];

    private static string Unquote(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0] ? v[1..^1] : v;
    }

    [GeneratedRegex(@"^\s*(?:Số:?\s*)?(\d+)")]
    private static partial Regex NumberPrefix();
}
