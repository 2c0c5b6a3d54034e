using System.Globalization;

namespace Sprout.Domain.Tabular;

/// <summary>
/// Bounds on what one imported table (CSV or .xlsx) may hold. A file over a bound is refused whole, with a
/// Vietnamese message that names the bound, before it can cost the server minutes or gigabytes.
/// </summary>
/// <param name="MaxRows">Data rows after the header.</param>
/// <param name="MaxCellChars">Characters in one cell.</param>
/// <param name="MaxColumns">Columns in one row.</param>
/// <param name="MaxUncompressedBytes">For .xlsx: the sum of the zip entries once decompressed.</param>
/// <param name="MaxCompressionRatio">For .xlsx: uncompressed over compressed size of any entry above 1 MB.</param>
public sealed record TabularLimits(
    int MaxRows = 5_000,
    int MaxCellChars = 2_000,
    int MaxColumns = 100,
    long MaxUncompressedBytes = 100L * 1024 * 1024,
    int MaxCompressionRatio = 200)
{
    /// <summary>The web imports (child list, development indicators, food table): a school's data, with room.</summary>
    public static TabularLimits Import { get; } = new();

    /// <summary>The command-line batch (<c>sprout growth zscores</c>): a survey may fill a whole sheet.</summary>
    public static TabularLimits Batch { get; } = new(MaxRows: 1_048_575, MaxUncompressedBytes: 2L * 1024 * 1024 * 1024);

    internal static string Number(long value) => value.ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN"));
}

/// <summary>A table over one of its <see cref="TabularLimits"/>; the message is Vietnamese and names the bound.</summary>
public sealed class TabularLimitException(string message) : Exception(message)
{
    public static TabularLimitException TooManyRows(TabularLimits limits) =>
        new($"Tệp có quá {TabularLimits.Number(limits.MaxRows)} dòng dữ liệu, giới hạn cho một lần nhập. Hãy chia tệp thành nhiều phần.");

    public static TabularLimitException CellTooLong(TabularLimits limits, int row, string? column) =>
        new($"Dòng {row}{(column is null ? string.Empty : $", cột {column}")}: ô dài quá {TabularLimits.Number(limits.MaxCellChars)} ký tự, giới hạn cho một ô.");

    public static TabularLimitException TooManyColumns(TabularLimits limits, int row) =>
        new($"Dòng {row} có quá {TabularLimits.Number(limits.MaxColumns)} cột.");

    public static TabularLimitException TooLarge(TabularLimits limits) =>
        new($"Bảng tính giải nén ra quá {TabularLimits.Number(limits.MaxUncompressedBytes / 1024 / 1024)} MB, giới hạn cho một lần nhập.");

    public static TabularLimitException Compressed(TabularLimits limits) =>
        new($"Bảng tính bị nén bất thường (hơn {limits.MaxCompressionRatio} lần): tệp có thể đã bị làm giả. Hãy lưu lại tệp bằng Excel rồi nhập lại.");
}
