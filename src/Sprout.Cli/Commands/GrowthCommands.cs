using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Sprout.Domain.Growth;

namespace Sprout.Cli.Commands;

internal static class GrowthCommands
{
    public static async Task<int> ZScoresAsync(CliArguments cli, TextWriter output)
    {
        var input = cli.Required("input");
        var target = cli.Required("output");
        if (!File.Exists(input))
        {
            throw new CliFailureException($"Không tìm thấy tệp \"{input}\".");
        }
        // Written beside the target and moved at the end: a failure never leaves a half-written file.
        var temp = target + ".tmp";
        try
        {
            await using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
            {
                if (input.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    ProcessWorkbook(input, writer);
                }
                else
                {
                    using var reader = new StreamReader(input, Encoding.UTF8);
                    GrowthCsv.Process(reader, writer);
                }
            }
            File.Move(temp, target, overwrite: true);
        }
        catch (GrowthInputException ex)
        {
            File.Delete(temp);
            throw new CliFailureException(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !File.Exists(target))
        {
            File.Delete(temp);
            throw new CliFailureException($"Không đọc được tệp \"{input}\": {ex.Message}");
        }
        await output.WriteLineAsync($"Đã ghi kết quả vào {Path.GetFullPath(target)}.");
        return 0;
    }

    private static void ProcessWorkbook(string path, TextWriter writer)
    {
        using var stream = File.OpenRead(path);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => (IReadOnlyList<string>)r.Values.Select(Cell).ToList())
            .ToList();
        if (rows.Count == 0)
        {
            throw new CliFailureException("Bảng tính không có dòng nào.");
        }
        GrowthCsv.ProcessRows(rows[0], rows.Skip(1), row => writer.WriteLine(string.Join(',', row.Select(Quote))));
    }

    /// <summary>Cells become the text the CSV reader expects: invariant numbers, ISO dates.</summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
