using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Finds objects through the cross-reference chain: classic tables and xref streams (with object streams), newest first.</summary>
internal sealed class PdfFileReader
{
    private readonly byte[] data;
    private readonly Dictionary<int, (long Offset, int StreamObject, int Index)> xref = [];
    private readonly Dictionary<int, List<(int Number, long Offset)>> objectStreams = [];

    private PdfFileReader(byte[] data)
    {
        this.data = data;
        LastXrefOffset = FindStartXref();
        var seen = new HashSet<long>();
        long? next = LastXrefOffset;
        PdfDict? newest = null;
        while (next is { } offset && seen.Add(offset))
        {
            var section = ReadSection(offset);
            newest ??= section;
            next = (section["Prev"] as PdfToken)?.AsLong();
        }

        Trailer = newest ?? throw new FormatException("The PDF has no trailer.");
        if (Trailer["Encrypt"] is not null) throw new NotSupportedException("Encrypted PDFs cannot be signed here.");
    }

    public PdfDict Trailer { get; }

    public long LastXrefOffset { get; }

    public bool UsesXrefStreams { get; private set; }

    public int Size => (int)((Trailer["Size"] as PdfToken)?.AsLong() ?? throw new FormatException("The trailer has no /Size."));

    public PdfRef Root => Trailer["Root"] as PdfRef ?? throw new FormatException("The trailer has no /Root.");

    public static PdfFileReader Open(byte[] pdf) => new(pdf);

    public PdfValue? Resolve(PdfValue? value) => value is PdfRef r ? Get(r.Number) : value;

    public PdfDict GetDict(PdfRef reference) =>
        Get(reference.Number) as PdfDict ?? throw new FormatException($"Object {reference.Number} is not a dictionary.");

    public PdfValue? Get(int number)
    {
        if (!xref.TryGetValue(number, out var entry) || entry.StreamObject == -2) return null;
        if (entry.StreamObject < 0) return new PdfLexer(data, entry.Offset).ReadIndirect().Value;
        var (bytes, offsets) = ObjectStream(entry.StreamObject);
        var at = offsets.FirstOrDefault(o => o.Number == number);
        return at == default ? null : new PdfLexer(bytes, at.Offset).ReadValue();
    }

    /// <summary>Page references in reading order, walking the page tree.</summary>
    public List<PdfRef> Pages()
    {
        var catalog = GetDict(Root);
        var pages = new List<PdfRef>();
        var visited = new HashSet<int>();
        void Walk(PdfRef node)
        {
            if (!visited.Add(node.Number)) return;
            var dict = GetDict(node);
            if (Resolve(dict["Kids"]) is PdfArray kids)
            {
                foreach (var kid in kids.Items.OfType<PdfRef>()) Walk(kid);
            }
            else
            {
                pages.Add(node);
            }
        }

        Walk(catalog["Pages"] as PdfRef ?? throw new FormatException("The catalog has no /Pages reference."));
        return pages;
    }

    private long FindStartXref()
    {
        var tail = Encoding.Latin1.GetString(data, Math.Max(0, data.Length - 2048), Math.Min(2048, data.Length));
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0) throw new FormatException("No startxref: this is not a complete PDF.");
        var lexer = new PdfLexer(Encoding.Latin1.GetBytes(tail), at + "startxref".Length);
        return long.Parse(lexer.ReadWord(), CultureInfo.InvariantCulture);
    }

    private PdfDict ReadSection(long offset)
    {
        var lexer = new PdfLexer(data, offset);
        if (!lexer.TryKeyword("xref")) return ReadXrefStream(offset);
        while (true)
        {
            var word = lexer.ReadWord();
            if (word == "trailer") break;
            var first = int.Parse(word, CultureInfo.InvariantCulture);
            var count = int.Parse(lexer.ReadWord(), CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var entryOffset = long.Parse(lexer.ReadWord(), CultureInfo.InvariantCulture);
                lexer.ReadWord();
                var kind = lexer.ReadWord();
                if (kind == "n") xref.TryAdd(first + i, (entryOffset, -1, 0));
                else xref.TryAdd(first + i, (-1, -2, 0));
            }
        }

        var trailer = lexer.ReadValue() as PdfDict ?? throw new FormatException("Malformed trailer.");
        // Hybrid files keep their newer objects in an xref stream named by /XRefStm.
        if (trailer["XRefStm"] is PdfToken stm) ReadXrefStream(stm.AsLong());
        return trailer;
    }

    private PdfDict ReadXrefStream(long offset)
    {
        UsesXrefStreams = true;
        var obj = new PdfLexer(data, offset).ReadIndirect();
        var dict = obj.Value as PdfDict ?? throw new FormatException($"No xref at offset {offset}.");
        var widths = ((PdfArray)dict["W"]!).Items.Select(i => (int)((PdfToken)i).AsLong()).ToArray();
        var index = (dict["Index"] as PdfArray)?.Items.Select(i => (int)((PdfToken)i).AsLong()).ToArray()
            ?? [0, (int)((PdfToken)dict["Size"]!).AsLong()];
        var rows = Decode(dict, obj.StreamStart);
        var rowLength = widths.Sum();
        var row = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
        {
            for (var i = 0; i < index[s + 1]; i++, row++)
            {
                var at = row * rowLength;
                var type = widths[0] == 0 ? 1 : Field(rows, at, widths[0]);
                var f2 = Field(rows, at + widths[0], widths[1]);
                var f3 = Field(rows, at + widths[0] + widths[1], widths[2]);
                var number = index[s] + i;
                if (type == 1) xref.TryAdd(number, (f2, -1, 0));
                else if (type == 2) xref.TryAdd(number, (-1, (int)f2, (int)f3));
                else xref.TryAdd(number, (-1, -2, 0));
            }
        }

        return dict;
    }

    private (byte[] Bytes, List<(int Number, long Offset)> Offsets) ObjectStream(int number)
    {
        var (offset, _, _) = xref[number];
        var obj = new PdfLexer(data, offset).ReadIndirect();
        var dict = (PdfDict)obj.Value;
        var bytes = Decode(dict, obj.StreamStart);
        if (!objectStreams.TryGetValue(number, out var offsets))
        {
            var count = ((PdfToken)Resolve(dict["N"])!).AsLong();
            var first = ((PdfToken)Resolve(dict["First"])!).AsLong();
            var lexer = new PdfLexer(bytes);
            offsets = [];
            for (var i = 0; i < count; i++)
            {
                offsets.Add((int.Parse(lexer.ReadWord(), CultureInfo.InvariantCulture), first + long.Parse(lexer.ReadWord(), CultureInfo.InvariantCulture)));
            }

            objectStreams[number] = offsets;
        }

        return (bytes, offsets);
    }

    private byte[] Decode(PdfDict dict, long start)
    {
        var length = (int)((PdfToken)Resolve(dict["Length"])!).AsLong();
        var raw = data.AsSpan((int)start, length).ToArray();
        var filter = Resolve(dict["Filter"]) switch
        {
            PdfName n => n.Raw,
            PdfArray { Items.Count: 1 } a when a.Items[0] is PdfName n => n.Raw,
            null => null,
            _ => throw new NotSupportedException("Only FlateDecode streams are supported in the cross-reference."),
        };
        if (filter is null) return raw;
        if (filter != "FlateDecode") throw new NotSupportedException($"Unsupported stream filter /{filter}.");
        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        var decoded = output.ToArray();
        return Resolve(dict["DecodeParms"]) is PdfDict parms && (parms["Predictor"] as PdfToken)?.AsLong() >= 10
            ? UndoPngPredictor(decoded, (int)((parms["Columns"] as PdfToken)?.AsLong() ?? 1))
            : decoded;
    }

    /// <summary>Xref streams are usually written with the PNG "Up" predictor; each row starts with a filter-type byte.</summary>
    private static byte[] UndoPngPredictor(byte[] input, int columns)
    {
        var rows = input.Length / (columns + 1);
        var output = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            var type = input[r * (columns + 1)];
            for (var c = 0; c < columns; c++)
            {
                var raw = input[(r * (columns + 1)) + 1 + c];
                var up = r > 0 ? output[((r - 1) * columns) + c] : (byte)0;
                var left = c > 0 ? output[(r * columns) + c - 1] : (byte)0;
                output[(r * columns) + c] = type switch
                {
                    0 => raw,
                    1 => (byte)(raw + left),
                    2 => (byte)(raw + up),
                    _ => throw new NotSupportedException($"PNG predictor type {type} in an xref stream is not supported."),
                };
            }
        }

        return output;
    }

    private static long Field(byte[] rows, int at, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++) value = (value << 8) | rows[at + i];
        return value;
    }
}
