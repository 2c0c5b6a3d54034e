using System.Globalization;

namespace Sprout.Domain.Growth;

/// <summary>
/// The batch format: the input columns of WHO's anthro (<c>id,sex,age_days,measure,weight,lenhei,
/// headc,armc,triskin,subskin,oedema</c>, or <c>birth_date,measure_date</c> instead of <c>age_days</c>)
/// echoed, followed by anthro's result columns.
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

    /// <summary>Reads CSV (header row first) and writes the same rows with the results appended.</summary>
    /// <exception cref="GrowthInputException">Bad input; the Vietnamese message names row and column.</exception>
    public static void Process(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var records = CsvRecords.Read(input).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new GrowthInputException(1, GrowthColumns.Sex, "tệp không có dòng tiêu đề.");
        }

        var header = records.Current;
        ProcessRows(header, Rest(records), cells => CsvRecords.Write(output, cells));
    }

    /// <summary>
    /// The same as <see cref="Process"/> for rows that come from elsewhere (e.g. an .xlsx sheet).
    /// <paramref name="writeRow"/> receives the output header first, then one list per non-blank row;
    /// blank rows are skipped but still counted, so error messages show spreadsheet row numbers.
    /// </summary>
    /// <exception cref="GrowthInputException">Bad input; the Vietnamese message names row and column.</exception>
    public static void ProcessRows(
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows,
        Action<IReadOnlyList<string>> writeRow,
        int headerRowNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writeRow);
        var columns = GrowthColumns.FromHeader(header, headerRowNumber);

        // Re-processing an output file must not append a second set of result columns.
        var resultNames = new HashSet<string>(ResultColumns, StringComparer.OrdinalIgnoreCase);
        var kept = Enumerable.Range(0, header.Count).Where(i => !resultNames.Contains(header[i].Trim())).ToArray();
        var outputHeader = new List<string>(kept.Length + ResultColumns.Count);
        outputHeader.AddRange(kept.Select(i => header[i]));
        outputHeader.AddRange(ResultColumns);
        writeRow(outputHeader);

        var rowNumber = headerRowNumber;
        foreach (var row in rows)
        {
            rowNumber++;
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            for (var i = header.Count; i < row.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(row[i]))
                {
                    throw new GrowthInputException(
                        rowNumber, (i + 1).ToString(CultureInfo.InvariantCulture), $"ô \"{row[i]}\" nằm ngoài các cột của dòng tiêu đề.");
                }
            }

            var result = GrowthCalculator.Compute(columns.ReadRow(row, rowNumber));
            // A fresh array per row: callers may keep the rows (e.g. to build a sheet).
            var line = new string[kept.Length + ResultColumns.Count];
            for (var i = 0; i < kept.Length; i++)
            {
                line[i] = kept[i] < row.Count ? row[kept[i]] : string.Empty;
            }

            FormatResult(result, line.AsSpan(kept.Length));
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

    private static IEnumerable<IReadOnlyList<string>> Rest(IEnumerator<List<string>> records)
    {
        while (records.MoveNext())
        {
            yield return records.Current;
        }
    }
}
