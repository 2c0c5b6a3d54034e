using System.Globalization;
using Sprout.Domain.Tabular;

namespace Sprout.Domain.Growth;

/// <summary>
/// The batch format: the input columns of WHO's anthro (<c>id,sex,age_days,measure,weight,lenhei,
/// headc,armc,triskin,subskin,oedema</c>, or <c>age_months</c>, or <c>birth_date,measure_date</c> instead of
/// <c>age_days</c>) echoed, followed by anthro's result columns and, when asked, a <c>problems</c> column.
/// </summary>
public static class GrowthCsv
{
    /// <summary>The appended result columns, named as in anthro's output.</summary>
    public static IReadOnlyList<string> ResultColumns { get; } = Array.AsReadOnly<string>(
    [
        "clenhei", "cbmi",
        "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
        "zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss",
    ]);

    /// <summary>The optional column that lists what could not be read in a row.</summary>
    public const string ProblemsColumn = "problems";

    /// <summary>Reads CSV (header row first) and writes the same rows with the results appended.</summary>
    /// <exception cref="GrowthInputException">Bad input; the Vietnamese message names row and column.</exception>
    /// <exception cref="TabularLimitException">Over <paramref name="limits"/> (by default <see cref="TabularLimits.Batch"/>).</exception>
    public static void Process(TextReader input, TextWriter output, GrowthBatchOptions? options = null, TabularLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var records = CsvRows.Read(input, limits ?? TabularLimits.Batch)
            .Select(r => (IReadOnlyList<string>)r.Cells.Select(c => (string?)c ?? string.Empty).ToList())
            .GetEnumerator();
        if (!records.MoveNext())
        {
            throw new GrowthInputException(1, GrowthColumns.Sex, "tệp không có dòng tiêu đề.");
        }

        var header = records.Current;
        ProcessRows(header, Rest(records), cells => CsvRecords.Write(output, cells), options: options);
    }

    /// <summary>
    /// The same as <see cref="Process"/> for rows that come from elsewhere (e.g. an .xlsx sheet).
    /// <paramref name="writeRow"/> receives the output header first, then one list per non-blank row;
    /// blank rows are skipped but still counted, so error messages show spreadsheet row numbers.
    /// </summary>
    /// <exception cref="GrowthInputException">Bad header, or a bad value when <paramref name="options"/> does not
    /// ask to go on; the Vietnamese message names row and column.</exception>
    public static void ProcessRows(
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows,
        Action<IReadOnlyList<string>> writeRow,
        int headerRowNumber = 1,
        GrowthBatchOptions? options = null)
    {
        var onProblem = options?.OnProblem;
        var problemColumn = options?.ProblemColumn == true;
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writeRow);
        var columns = GrowthColumns.FromHeader(header, headerRowNumber);

        // Re-processing an output file must not append a second set of result columns.
        var resultNames = new HashSet<string>(ResultColumns, StringComparer.OrdinalIgnoreCase) { ProblemsColumn };
        var kept = Enumerable.Range(0, header.Count).Where(i => !resultNames.Contains(header[i].Trim())).ToArray();
        var extra = problemColumn ? 1 : 0;
        var outputHeader = new List<string>(kept.Length + ResultColumns.Count + extra);
        outputHeader.AddRange(kept.Select(i => header[i]));
        outputHeader.AddRange(ResultColumns);
        if (problemColumn)
        {
            outputHeader.Add(ProblemsColumn);
        }
        writeRow(outputHeader);
        var problems = onProblem is null ? null : new List<GrowthInputException>();

        var rowNumber = headerRowNumber;
        foreach (var row in rows)
        {
            rowNumber++;
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            problems?.Clear();
            for (var i = header.Count; i < row.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(row[i]))
                {
                    var outside = new GrowthInputException(
                        rowNumber, (i + 1).ToString(CultureInfo.InvariantCulture), $"ô \"{row[i]}\" nằm ngoài các cột của dòng tiêu đề.");
                    if (problems is null)
                    {
                        throw outside;
                    }
                    problems.Add(outside);
                    break;
                }
            }

            var result = GrowthCalculator.Compute(columns.ReadRow(row, rowNumber, problems));
            // A fresh array per row: callers may keep the rows (e.g. to build a sheet).
            var line = new string[kept.Length + ResultColumns.Count + extra];
            for (var i = 0; i < kept.Length; i++)
            {
                line[i] = kept[i] < row.Count ? row[kept[i]] : string.Empty;
            }

            FormatResult(result, line.AsSpan(kept.Length));
            if (problemColumn)
            {
                line[^1] = problems is null ? string.Empty : string.Join("; ", problems.Select(p => $"{p.Column}: {p.Problem}"));
            }
            foreach (var problem in problems ?? [])
            {
                onProblem!(problem);
            }
            writeRow(line);
        }
    }

    /// <summary>Writes the <see cref="ResultColumns"/> values of one result into <paramref name="cells"/>.</summary>
    public static void FormatResult(in GrowthResult result, Span<string> cells)
    {
        if (cells.Length < ResultColumns.Count)
        {
            throw new ArgumentException($"Need room for {ResultColumns.Count} cells.", nameof(cells));
        }

        cells[0] = Measurement(result.CorrectedLengthHeightCm);
        cells[1] = Measurement(result.Bmi);
        Score(result.LengthHeightForAge, cells[2..]);
        Score(result.WeightForAge, cells[4..]);
        Score(result.WeightForLengthHeight, cells[6..]);
        Score(result.BmiForAge, cells[8..]);
        Score(result.HeadCircumferenceForAge, cells[10..]);
        Score(result.ArmCircumferenceForAge, cells[12..]);
        Score(result.TricepsSkinfoldForAge, cells[14..]);
        Score(result.SubscapularSkinfoldForAge, cells[16..]);
    }

    // Unrounded, printed with R's default 15 significant digits, so 75.3 + 0.7 reads 76 rather than 75.99999999999999.
    private static string Measurement(double? value) =>
        value is { } v ? v.ToString("G15", CultureInfo.InvariantCulture) : string.Empty;

    private static void Score(GrowthZScore? score, Span<string> cells)
    {
        if (score is { } s)
        {
            // The value is already rounded to 2 decimals; the shortest form prints it as R does (1.5, not 1.50).
            cells[0] = s.Value.ToString(CultureInfo.InvariantCulture);
            cells[1] = s.Implausible ? "1" : "0";
        }
        else
        {
            cells[0] = string.Empty;
            cells[1] = string.Empty;
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Rest(IEnumerator<IReadOnlyList<string>> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }
}

/// <summary>How a batch treats a value it cannot read.</summary>
/// <param name="OnProblem">When set, a bad value is reported here and left empty, and the row's other measures
/// are still computed (as WHO's anthro does); when null, the first bad value stops the batch.</param>
/// <param name="ProblemColumn">Append a <c>problems</c> column naming, per row, what could not be read.</param>
public sealed record GrowthBatchOptions(Action<GrowthInputException>? OnProblem, bool ProblemColumn = false);
