using System.Globalization;

namespace Sprout.Domain.Growth;

/// <summary>
/// Finds the batch input columns by header name (any order, case-insensitive) and turns a row of
/// cells into a <see cref="GrowthInput"/>. Used by <see cref="GrowthCsv"/> and by spreadsheet readers.
/// </summary>
public sealed class GrowthColumns
{
    public const string Id = "id";
    public const string Sex = "sex";
    public const string AgeDays = "age_days";

    /// <summary>Age in months (WHO's anthro accepts age in months too); one month is 30.4375 days.</summary>
    public const string AgeMonths = "age_months";
    public const string BirthDate = "birth_date";
    public const string MeasureDate = "measure_date";
    public const string Measure = "measure";
    public const string Weight = "weight";
    public const string LengthHeight = "lenhei";
    public const string HeadCircumference = "headc";
    public const string ArmCircumference = "armc";
    public const string TricepsSkinfold = "triskin";
    public const string SubscapularSkinfold = "subskin";
    public const string Oedema = "oedema";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy"];

    private static readonly string[] MeasurementColumns =
        [Weight, LengthHeight, HeadCircumference, ArmCircumference, TricepsSkinfold, SubscapularSkinfold];

    private readonly Dictionary<string, int> _index;

    private GrowthColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>Maps the header row; throws when a required column is missing or a name repeats.</summary>
    /// <exception cref="GrowthInputException">The header lacks <c>sex</c>, an age, or every measurement, or repeats a name.</exception>
    public static GrowthColumns FromHeader(IReadOnlyList<string> header, int headerRowNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(header);
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0 && !index.TryAdd(name, i))
            {
                throw new GrowthInputException(headerRowNumber, name, "tên cột bị lặp lại trong dòng tiêu đề.");
            }
        }

        if (!index.ContainsKey(Sex))
        {
            throw new GrowthInputException(headerRowNumber, Sex, "thiếu cột bắt buộc trong dòng tiêu đề.");
        }

        if (!index.ContainsKey(AgeDays) && !index.ContainsKey(AgeMonths) && !(index.ContainsKey(BirthDate) && index.ContainsKey(MeasureDate)))
        {
            var missing = index.ContainsKey(BirthDate) ? MeasureDate : index.ContainsKey(MeasureDate) ? BirthDate : AgeDays;
            throw new GrowthInputException(
                headerRowNumber, missing, "thiếu cột tuổi trong dòng tiêu đề (cần age_days, age_months, hoặc cả birth_date và measure_date).");
        }

        if (!MeasurementColumns.Any(index.ContainsKey))
        {
            throw new GrowthInputException(
                headerRowNumber, Weight, "thiếu cột số đo trong dòng tiêu đề (cần ít nhất một trong weight, lenhei, headc, armc, triskin, subskin).");
        }

        return new GrowthColumns(index);
    }

    /// <summary>Reads one data row; cells beyond the row's end count as empty.</summary>
    /// <exception cref="GrowthInputException">A value cannot be read; the message names the row and column.</exception>
    public GrowthInput ReadRow(IReadOnlyList<string> row, int rowNumber) => ReadRow(row, rowNumber, problems: null);

    /// <summary>
    /// Reads one data row. With <paramref name="problems"/>, a value that cannot be read is added there and left
    /// empty, as WHO's anthro does, so every measure that does not need it is still computed; without, it throws.
    /// </summary>
    public GrowthInput ReadRow(IReadOnlyList<string> row, int rowNumber, List<GrowthInputException>? problems)
    {
        ArgumentNullException.ThrowIfNull(row);
        T? Try<T>(Func<T?> read)
        {
            if (problems is null)
            {
                return read();
            }
            try
            {
                return read();
            }
            catch (GrowthInputException ex)
            {
                problems.Add(ex);
                return default;
            }
        }
        return new GrowthInput
        {
            Sex = Try(() => ReadSex(row, rowNumber)),
            AgeDays = Try(() => ReadAge(row, rowNumber)),
            Measure = Try(() => ReadMeasure(row, rowNumber)),
            WeightKg = Try(() => ReadPositive(row, rowNumber, Weight)),
            LengthHeightCm = Try(() => ReadPositive(row, rowNumber, LengthHeight)),
            HeadCircumferenceCm = Try(() => ReadPositive(row, rowNumber, HeadCircumference)),
            ArmCircumferenceCm = Try(() => ReadPositive(row, rowNumber, ArmCircumference)),
            TricepsSkinfoldMm = Try(() => ReadPositive(row, rowNumber, TricepsSkinfold)),
            SubscapularSkinfoldMm = Try(() => ReadPositive(row, rowNumber, SubscapularSkinfold)),
            // As in anthro: only y, Y or 1 mean oedema; anything else, blank included, means none.
            Oedema = Cell(row, Oedema) is "y" or "Y" or "1",
        };
    }

    private string Cell(IReadOnlyList<string> row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Count ? row[i].Trim() : string.Empty;

    private Sex? ReadSex(IReadOnlyList<string> row, int rowNumber)
    {
        var value = Cell(row, Sex);
        return value.ToLowerInvariant() switch
        {
            "" => null,
            "1" or "m" => Growth.Sex.Male,
            "2" or "f" => Growth.Sex.Female,
            _ => throw new GrowthInputException(
                rowNumber, Sex, $"giá trị \"{value}\" không phải là mã giới tính hợp lệ (1 hoặc m là nam, 2 hoặc f là nữ)."),
        };
    }

    private MeasurePosition? ReadMeasure(IReadOnlyList<string> row, int rowNumber)
    {
        var value = Cell(row, Measure);
        return value switch
        {
            "" => null,
            "l" or "L" => MeasurePosition.Lying,
            "h" or "H" => MeasurePosition.Standing,
            _ => throw new GrowthInputException(
                rowNumber, Measure, $"giá trị \"{value}\" không hợp lệ (l là đo nằm, h là đo đứng)."),
        };
    }

    private double? ReadAge(IReadOnlyList<string> row, int rowNumber)
    {
        if (ReadNumber(row, rowNumber, AgeDays) is { } days)
        {
            if (days < 0)
            {
                throw new GrowthInputException(rowNumber, AgeDays, $"tuổi \"{Cell(row, AgeDays)}\" không được âm.");
            }

            return days;
        }

        if (ReadNumber(row, rowNumber, AgeMonths) is { } months)
        {
            if (months < 0)
            {
                throw new GrowthInputException(rowNumber, AgeMonths, $"tuổi \"{Cell(row, AgeMonths)}\" không được âm.");
            }

            return months * GrowthCalculator.DaysPerMonth;
        }

        var birth = ReadDate(row, rowNumber, BirthDate);
        var measured = ReadDate(row, rowNumber, MeasureDate);
        if (birth is not { } b || measured is not { } m)
        {
            return null;
        }

        if (m < b)
        {
            throw new GrowthInputException(
                rowNumber, MeasureDate, $"ngày đo \"{Cell(row, MeasureDate)}\" trước ngày sinh \"{Cell(row, BirthDate)}\".");
        }

        return m.DayNumber - b.DayNumber;
    }

    private DateOnly? ReadDate(IReadOnlyList<string> row, int rowNumber, string column)
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new GrowthInputException(
            rowNumber, column, $"giá trị \"{value}\" không phải là ngày hợp lệ (yyyy-MM-dd hoặc dd/MM/yyyy).");
    }

    private double? ReadPositive(IReadOnlyList<string> row, int rowNumber, string column)
    {
        var number = ReadNumber(row, rowNumber, column);
        if (number is <= 0)
        {
            // WHO's README advises rejecting these: R turns them into meaningless z-scores.
            throw new GrowthInputException(rowNumber, column, $"giá trị \"{Cell(row, column)}\" phải lớn hơn 0.");
        }

        return number;
    }

    private double? ReadNumber(IReadOnlyList<string> row, int rowNumber, string column)
    {
        var value = Cell(row, column);
        if (value.Length == 0)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        throw new GrowthInputException(rowNumber, column, $"giá trị \"{value}\" không phải là số.");
    }
}
