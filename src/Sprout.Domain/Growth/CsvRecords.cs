using System.Text;

namespace Sprout.Domain.Growth;

/// <summary>Minimal RFC 4180 reading and writing: commas, double quotes, quoted line breaks.</summary>
internal static class CsvRecords
{
    /// <summary>Yields records; a blank line yields an empty record so that row numbers stay as a spreadsheet shows them.</summary>
    public static IEnumerable<List<string>> Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inQuotes = false;
        var any = false;
        var first = true;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (first)
            {
                first = false;
                if (ch == '\uFEFF')
                {
                    continue;
                }
            }

            any = true;
            if (inQuotes)
            {
                if (ch != '"')
                {
                    cell.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    cell.Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return cells;
                    cells = [];
                    any = false;
                    break;
                default:
                    cell.Append(ch);
                    break;
            }
        }

        if (any)
        {
            cells.Add(cell.ToString());
            yield return cells;
        }
    }

    public static void Write(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var value = cells[i];
            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                writer.Write(value);
                continue;
            }

            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }

        writer.Write('\n');
    }
}
