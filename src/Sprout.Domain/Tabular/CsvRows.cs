using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Sprout.Domain.Tabular;

/// <summary>One row of an imported table: its number as a spreadsheet shows it (header is row 1) and its cells.</summary>
public sealed record TableRow(int Number, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));

    public object? this[int column] => column < Cells.Count ? Cells[column] : null;
}

/// <summary>
/// Every CSV import reads through here (RFC 4180 by CsvHelper: commas, doubled quotes and line breaks inside quoted
/// cells), row by row, within <see cref="TabularLimits"/>. A leading UTF-8 byte order mark is dropped.
/// </summary>
public static class CsvRows
{
    public static IEnumerable<TableRow> Read(TextReader reader, TabularLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            // Blank lines keep their number: messages name rows as a spreadsheet shows them.
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MaxFieldSize = limits.MaxCellChars,
            TrimOptions = TrimOptions.None,
        };
        using var parser = new CsvParser(reader, config, leaveOpen: true);
        var number = 0;
        while (true)
        {
            string[]? record;
            try
            {
                if (!parser.Read())
                {
                    yield break;
                }
                record = parser.Record;
            }
            catch (MaxFieldSizeException)
            {
                throw TabularLimitException.CellTooLong(limits, number + 1, null);
            }
            // Records, not lines: a quoted line break stays inside its row, as a spreadsheet opening the file shows it.
            number++;
            if (number == 1 && record is [{ Length: > 0 } first, ..] && first[0] == '\uFEFF')
            {
                record[0] = first[1..];
            }
            if (number > limits.MaxRows + 1)
            {
                throw TabularLimitException.TooManyRows(limits);
            }
            if (record is null)
            {
                continue;
            }
            if (record.Length > limits.MaxColumns)
            {
                throw TabularLimitException.TooManyColumns(limits, number);
            }
            yield return new TableRow(number, record);
        }
    }
}
