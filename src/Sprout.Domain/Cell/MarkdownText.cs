using System.Text;

namespace Sprout.Domain.Cell;

/// <summary>
/// Puts user-typed text into generated Markdown without letting it turn into markup: a name such as "*Lan*" or a
/// line starting "1." must print as typed, not as emphasis or a numbered list.
/// </summary>
internal static class MarkdownText
{
    private const string Punctuation = "\\`*_[]<>#|~!&";

    /// <summary>One line of text, safe inside a paragraph, list item or heading.</summary>
    public static string Inline(string? text)
    {
        var line = CellFormat.Nfc(text).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return EscapeLineStart(sb.ToString());
    }

    /// <summary>Free text as paragraphs, one per non-empty line, each followed by a blank line.</summary>
    public static void Paragraphs(StringBuilder sb, string? text, string whenEmpty)
    {
        var lines = CellFormat.Nfc(text).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            lines.Add(whenEmpty);
        }

        foreach (var line in lines)
        {
            sb.Append(Inline(line)).Append("\n\n");
        }
    }

    public static void Heading(StringBuilder sb, string text) => sb.Append("## ").Append(text).Append("\n\n");

    /// <summary>List markers, thematic breaks and ordered-list numbers are only markup at the start of a line.</summary>
    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        if (line[0] is '-' or '+' or '=')
        {
            return "\\" + line;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')'
            ? string.Concat(line.AsSpan(0, digits), "\\", line.AsSpan(digits))
            : line;
    }
}
