namespace Sprout.Domain.Growth;

/// <summary>RFC 4180 writing: commas, double quotes, line breaks quoted. Reading is <see cref="Tabular.CsvRows"/>.</summary>
internal static class CsvRecords
{
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
