using System.Globalization;
using System.Text;
using Sprout.Domain.Growth;
using Sprout.Domain.Tabular;
using Sprout.Web.Platform.Import;

namespace Sprout.Cli.Commands;

internal static class GrowthCommands
{
    /// <summary>
    /// Like WHO's anthro, a value that cannot be read (a weight of 0, a letter for a sex) does not stop the batch:
    /// it is left empty, every measure that does not need it is computed, and the problem is written to stderr
    /// (and, with --problems, to a last column). Only a bad header or a file over the limits stops it.
    /// </summary>
    public static async Task<int> ZScoresAsync(CliArguments cli, TextWriter output, TextWriter error)
    {
        var input = cli.Required("input");
        var target = cli.Required("output");
        if (!File.Exists(input))
        {
            throw new CliFailureException($"Không tìm thấy tệp \"{input}\".");
        }
        var problems = 0;
        var rowsWithProblems = new HashSet<int>();
        var options = new GrowthBatchOptions(
            problem =>
            {
                problems++;
                rowsWithProblems.Add(problem.RowNumber);
                error.WriteLine(problem.Message);
            },
            ProblemColumn: cli.Has("problems"));
        // Written beside the target and moved at the end: a failure never leaves a half-written file.
        var temp = target + ".tmp";
        try
        {
            await using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
            {
                if (input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    ProcessWorkbook(input, writer, options);
                }
                else
                {
                    using var reader = new StreamReader(input, Encoding.UTF8);
                    GrowthCsv.Process(reader, writer, options);
                }
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex) when (ex is GrowthInputException or TabularLimitException)
        {
            File.Delete(temp);
            throw new CliFailureException(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException && !File.Exists(target))
        {
            File.Delete(temp);
            throw new CliFailureException($"Không đọc được tệp \"{input}\": {ex.Message}");
        }
        if (problems > 0)
        {
            await error.WriteLineAsync($"{rowsWithProblems.Count} dòng có ô không đọc được ({problems} ô): các ô đó để trống, các chỉ số khác vẫn được tính.");
        }
        await output.WriteLineAsync($"Đã ghi kết quả vào {Path.GetFullPath(target)}.");
        return 0;
    }

    private static void ProcessWorkbook(string path, TextWriter writer, GrowthBatchOptions options)
    {
        using var stream = File.OpenRead(path);
        using var rows = WithBlankRows(GuardedXlsxReader.Read(stream, TabularLimits.Batch)).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new CliFailureException("Bảng tính không có dòng nào.");
        }
        var header = rows.Current;
        GrowthCsv.ProcessRows(header.Cells, Rest(rows), row => writer.WriteLine(string.Join(',', row.Select(Quote))), header.Number, options);
    }

    /// <summary>The reader skips blank rows; the batch counts rows, so the gaps are given back as empty rows.</summary>
    private static IEnumerable<(int Number, IReadOnlyList<string> Cells)> WithBlankRows(IEnumerable<TableRow> rows)
    {
        var expected = 0;
        foreach (var row in rows)
        {
            if (expected > 0)
            {
                for (; expected < row.Number; expected++)
                {
                    yield return (expected, []);
                }
            }
            yield return (row.Number, row.Cells.Select(Cell).ToList());
            expected = row.Number + 1;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Rest(IEnumerator<(int Number, IReadOnlyList<string> Cells)> rows)
    {
        while (rows.MoveNext())
        {
            yield return rows.Current.Cells;
        }
    }

    /// <summary>Cells become the text the CSV reader expects: invariant numbers, ISO dates.</summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
