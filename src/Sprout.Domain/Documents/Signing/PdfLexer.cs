using System.Globalization;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Reads PDF objects from bytes: enough syntax for xref sections, trailers, catalogs, pages and form fields.</summary>
internal sealed class PdfLexer(byte[] data, long position = 0)
{
    public long Position { get; set; } = position;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhite()
    {
        while (Position < data.Length)
        {
            var b = data[Position];
            if (IsWhite(b)) Position++;
            else if (b == '%') { while (Position < data.Length && data[Position] != '\n' && data[Position] != '\r') Position++; }
            else break;
        }
    }

    /// <summary>A bare word: a number, a keyword such as obj/R/xref/trailer, or true/false/null.</summary>
    public string ReadWord()
    {
        SkipWhite();
        var start = Position;
        while (Position < data.Length && !IsWhite(data[Position]) && !IsDelimiter(data[Position])) Position++;
        return Encoding.Latin1.GetString(data, (int)start, (int)(Position - start));
    }

    public bool TryKeyword(string keyword)
    {
        SkipWhite();
        var saved = Position;
        if (ReadWord() == keyword) return true;
        Position = saved;
        return false;
    }

    public PdfValue ReadValue()
    {
        SkipWhite();
        if (Position >= data.Length) throw new FormatException("Unexpected end of PDF data.");
        var b = data[Position];
        switch (b)
        {
            case (byte)'/':
                Position++;
                var start = Position;
                while (Position < data.Length && !IsWhite(data[Position]) && !IsDelimiter(data[Position])) Position++;
                return new PdfName(Encoding.Latin1.GetString(data, (int)start, (int)(Position - start)));
            case (byte)'<' when Position + 1 < data.Length && data[Position + 1] == '<':
                return ReadDict();
            case (byte)'<':
                var close = Array.IndexOf(data, (byte)'>', (int)Position);
                if (close < 0) throw new FormatException("Unterminated hex string.");
                var hex = Encoding.Latin1.GetString(data, (int)Position + 1, close - (int)Position - 1);
                Position = close + 1;
                return new PdfString(hex, Hex: true);
            case (byte)'(':
                return ReadLiteralString();
            case (byte)'[':
                Position++;
                var items = new List<PdfValue>();
                while (true)
                {
                    SkipWhite();
                    if (Position >= data.Length) throw new FormatException("Unterminated array.");
                    if (data[Position] == ']') { Position++; return new PdfArray(items); }
                    items.Add(ReadValue());
                }

            default:
                var word = ReadWord();
                if (word.Length == 0) throw new FormatException($"Unexpected byte '{(char)b}' at {Position}.");
                if (IsInteger(word))
                {
                    // "12 0 R" is a reference; anything else leaves the lexer right after the number.
                    var saved = Position;
                    var generation = ReadWord();
                    if (IsInteger(generation) && TryKeyword("R"))
                    {
                        return new PdfRef(int.Parse(word, CultureInfo.InvariantCulture), int.Parse(generation, CultureInfo.InvariantCulture));
                    }

                    Position = saved;
                }

                return new PdfToken(word);
        }
    }

    /// <summary>Reads "n g obj value [stream]" at the current position.</summary>
    public PdfIndirect ReadIndirect()
    {
        var number = ReadWord();
        var generation = ReadWord();
        if (!IsInteger(number) || !IsInteger(generation) || !TryKeyword("obj"))
        {
            throw new FormatException($"No indirect object at offset {Position}.");
        }

        var value = ReadValue();
        long streamStart = -1;
        if (value is PdfDict && TryKeyword("stream"))
        {
            // The keyword is followed by CRLF or LF before the data.
            if (Position < data.Length && data[Position] == '\r') Position++;
            if (Position < data.Length && data[Position] == '\n') Position++;
            streamStart = Position;
        }

        return new PdfIndirect(int.Parse(number, CultureInfo.InvariantCulture), int.Parse(generation, CultureInfo.InvariantCulture), value, streamStart);
    }

    private PdfDict ReadDict()
    {
        Position += 2;
        var dict = new PdfDict();
        while (true)
        {
            SkipWhite();
            if (Position + 1 < data.Length && data[Position] == '>' && data[Position + 1] == '>')
            {
                Position += 2;
                return dict;
            }

            if (ReadValue() is not PdfName key) throw new FormatException($"Dictionary key expected at {Position}.");
            dict[key.Raw] = ReadValue();
        }
    }

    private PdfString ReadLiteralString()
    {
        var start = ++Position;
        var depth = 1;
        while (Position < data.Length)
        {
            var c = data[Position++];
            if (c == '\\') Position++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return new PdfString(Encoding.Latin1.GetString(data, (int)start, (int)(Position - start - 1)), Hex: false);
        }

        throw new FormatException("Unterminated string.");
    }

    private static bool IsInteger(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);
}
