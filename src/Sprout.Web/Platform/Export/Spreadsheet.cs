using MiniExcelLibs;

namespace Sprout.Web.Platform.Export;

/// <summary>The .xlsx files Sprout hands out: one sheet of rows keyed by column title.</summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the rows; with none, the header row alone, so an empty list still shows its columns.</summary>
    public static void Write(Stream output, List<IDictionary<string, object?>> rows, string sheetName, IEnumerable<string> columns)
    {
        if (rows.Count == 0)
        {
            rows.Add(columns.ToDictionary(c => c, _ => (object?)null));
        }
        output.SaveAs(rows, sheetName: sheetName, excelType: ExcelType.XLSX);
    }

    /// <summary>A download of what <paramref name="write"/> puts in the file.</summary>
    public static IResult File(Action<Stream> write, string fileName)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return Results.File(stream, ContentType, fileName);
    }

    /// <summary>A download of rows as they are (MiniExcel reads dictionaries or plain objects).</summary>
    public static IResult File(object rows, string sheetName, string fileName) =>
        File(stream => stream.SaveAs(rows, sheetName: sheetName, excelType: ExcelType.XLSX), fileName);
}
