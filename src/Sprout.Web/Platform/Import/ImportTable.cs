using System.Text;
using Sprout.Domain.Tabular;

namespace Sprout.Web.Platform.Import;

/// <summary>An uploaded table: .xlsx when it starts with the zip signature, otherwise UTF-8 CSV.</summary>
public static class ImportTable
{
    /// <summary>The rows, header first, read whole but within <paramref name="limits"/>.</summary>
    /// <exception cref="TabularLimitException">Over a limit.</exception>
    /// <exception cref="InvalidDataException">Neither a workbook nor text.</exception>
    public static List<TableRow> Read(Stream file, TabularLimits limits)
    {
        var seekable = file.CanSeek ? file : Buffer(file);
        var start = seekable.Position;
        var signature = new byte[2];
        var read = seekable.Read(signature, 0, 2);
        seekable.Position = start;
        if (read == 2 && signature[0] == (byte)'P' && signature[1] == (byte)'K')
        {
            return GuardedXlsxReader.Read(seekable, limits).ToList();
        }
        using var text = new StreamReader(seekable, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        try
        {
            return CsvRows.Read(text, limits).ToList();
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException("not UTF-8", ex);
        }
    }

    private static MemoryStream Buffer(Stream file)
    {
        var buffer = new MemoryStream();
        file.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
