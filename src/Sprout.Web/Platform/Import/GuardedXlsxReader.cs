using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Sprout.Domain.Tabular;

namespace Sprout.Web.Platform.Import;

/// <summary>
/// Reads the first sheet of an .xlsx row by row within <see cref="TabularLimits"/>. A 300 KB file can hold a
/// sheet that decompresses to gigabytes (one huge cell, a million rows), so before anything is parsed the zip's
/// declared sizes and compression ratios are checked, every entry is read through a counter that stops at its
/// declared size (a zip can lie), cells are read in bounded chunks and refused past the cell limit, and reading
/// stops at the row limit. Values come as Excel stores them: string, double, bool, or DateTime for a cell whose
/// number format is a date.
/// </summary>
public static class GuardedXlsxReader
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <exception cref="TabularLimitException">Over a limit.</exception>
    /// <exception cref="InvalidDataException">Not an .xlsx workbook.</exception>
    public static IEnumerable<TableRow> Read(Stream xlsx, TabularLimits limits)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException("not a zip", ex);
        }
        using (zip)
        {
            CheckSizes(zip, limits);
            var sheetPath = FirstSheetPath(zip, limits);
            var shared = SharedStrings(zip, limits);
            var dateStyles = DateStyles(zip, limits);
            var sheet = zip.GetEntry(sheetPath) ?? throw new InvalidDataException("no sheet");
            foreach (var row in Rows(sheet, shared, dateStyles, limits))
            {
                yield return row;
            }
        }
    }

    private static void CheckSizes(ZipArchive zip, TabularLimits limits)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > limits.MaxUncompressedBytes || total > limits.MaxUncompressedBytes)
            {
                throw TabularLimitException.TooLarge(limits);
            }
            if (entry.Length > 1024 * 1024 && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw TabularLimitException.Compressed(limits);
            }
        }
    }

    private static XmlReader Open(ZipArchiveEntry entry, TabularLimits limits) =>
        XmlReader.Create(new BoundedStream(entry.Open(), entry.Length, limits), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    private static string FirstSheetPath(ZipArchive zip, TabularLimits limits)
    {
        string? relId = null;
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var xml = Open(workbook, limits);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.NamespaceURI == MainNs)
                {
                    relId = xml.GetAttribute("id", RelNs);
                    break;
                }
            }
        }
        if (relId is not null && zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = Open(rels, limits);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relId
                    && xml.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    /// <summary>Each string kept to one character past the cell limit: enough to refuse it if a cell uses it.</summary>
    private static List<string> SharedStrings(ZipArchive zip, TabularLimits limits)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }
        using var xml = Open(entry, limits);
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNs)
            {
                continue;
            }
            if (xml.LocalName == "si")
            {
                if (xml.IsEmptyElement)
                {
                    strings.Add(string.Empty);
                    continue;
                }
                text.Clear();
                ReadRichText(xml, text, limits.MaxCellChars + 1, buffer);
                strings.Add(text.ToString());
            }
        }
        return strings;
    }

    /// <summary>Reads the &lt;t&gt; texts of an &lt;si&gt; or &lt;is&gt; (runs included, phonetic hints left out).</summary>
    private static void ReadRichText(XmlReader xml, StringBuilder text, int max, char[] buffer)
    {
        var depth = xml.Depth;
        var skipDepth = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement)
            {
                skipDepth = xml.Depth;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == skipDepth)
            {
                skipDepth = -1;
            }
            else if (skipDepth < 0 && xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && !xml.IsEmptyElement)
            {
                ReadBoundedText(xml, text, max, buffer);
            }
        }
    }

    /// <summary>The text content of the current element, in chunks, never more than <paramref name="max"/> characters kept.</summary>
    private static void ReadBoundedText(XmlReader xml, StringBuilder text, int max, char[] buffer)
    {
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    var room = max - text.Length;
                    text.Append(buffer, 0, Math.Min(room, read));
                }
            }
        }
    }

    /// <summary>Indexes of cell formats (cellXfs) whose number format shows a date.</summary>
    private static HashSet<int> DateStyles(ZipArchive zip, TabularLimits limits)
    {
        var result = new HashSet<int>();
        if (zip.GetEntry("xl/styles.xml") is not { } entry)
        {
            return result;
        }
        var customDates = new HashSet<int>();
        using var xml = Open(entry, limits);
        var inCellXfs = false;
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                break;
            }
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (xml.LocalName == "numFmt" && int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                && IsDateFormat(xml.GetAttribute("formatCode") ?? string.Empty))
            {
                customDates.Add(id);
            }
            else if (xml.LocalName == "cellXfs")
            {
                inCellXfs = true;
            }
            else if (inCellXfs && xml.LocalName == "xf")
            {
                if (int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var format)
                    && (format is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(format)))
                {
                    result.Add(index);
                }
                index++;
            }
        }
        return result;
    }

    /// <summary>A format shows a date when, outside quoted text, escapes and [colour] sections, it has d, m, y, h or s.</summary>
    internal static bool IsDateFormat(string code)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                inBrackets = true;
            }
            else if (c == ']')
            {
                inBrackets = false;
            }
            else if (!inBrackets && "dmyhsDMYHS".Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<TableRow> Rows(ZipArchiveEntry sheet, List<string> shared, HashSet<int> dateStyles, TabularLimits limits)
    {
        using var xml = Open(sheet, limits);
        var rowNumber = 0;
        var dataRows = 0;
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row" || xml.NamespaceURI != MainNs)
            {
                continue;
            }
            rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            if (xml.IsEmptyElement)
            {
                continue;
            }
            var cells = new List<object?>();
            var rowDepth = xml.Depth;
            while (xml.Read() && xml.Depth > rowDepth)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
                {
                    continue;
                }
                var column = ColumnIndex(xml.GetAttribute("r")) ?? cells.Count;
                if (column >= limits.MaxColumns)
                {
                    throw TabularLimitException.TooManyColumns(limits, rowNumber);
                }
                var type = xml.GetAttribute("t");
                var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
                text.Clear();
                if (!xml.IsEmptyElement)
                {
                    var cellDepth = xml.Depth;
                    while (xml.Read() && xml.Depth > cellDepth)
                    {
                        if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v" && !xml.IsEmptyElement)
                        {
                            ReadBoundedText(xml, text, limits.MaxCellChars + 1, buffer);
                        }
                        else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is" && !xml.IsEmptyElement)
                        {
                            ReadRichText(xml, text, limits.MaxCellChars + 1, buffer);
                        }
                    }
                }
                var value = Value(type, style, text.ToString(), shared, dateStyles);
                if (value is string str && str.Length > limits.MaxCellChars)
                {
                    throw TabularLimitException.CellTooLong(limits, rowNumber, ColumnName(column));
                }
                while (cells.Count < column)
                {
                    cells.Add(null);
                }
                if (column < cells.Count)
                {
                    cells[column] = value;
                }
                else
                {
                    cells.Add(value);
                }
            }
            var row = new TableRow(rowNumber, cells);
            if (row.IsBlank)
            {
                continue;
            }
            if (++dataRows > limits.MaxRows + 1)
            {
                throw TabularLimitException.TooManyRows(limits);
            }
            yield return row;
        }
    }

    private static object? Value(string? type, int style, string raw, List<string> shared, HashSet<int> dateStyles)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count
                    ? shared[index]
                    : throw new InvalidDataException("bad shared string index");
            case "inlineStr" or "str" or "e":
                return raw;
            case "b":
                return raw == "1";
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : raw;
            default:
                if (raw.Length == 0)
                {
                    return null;
                }
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return raw;
                }
                return dateStyles.Contains(style) && number is > -657435 and < 2958466 ? DateTime.FromOADate(number) : number;
        }
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return null;
            }
        }
        return letters == 0 ? null : index - 1;
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>Stops a zip entry at its declared size: a forged header cannot make it decompress more.</summary>
    private sealed class BoundedStream(Stream inner, long declared, TabularLimits limits) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            if (_read > declared)
            {
                throw TabularLimitException.TooLarge(limits);
            }
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
