using System.Globalization;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>The few PDF object kinds the signer needs to read and rewrite; everything else passes through as raw tokens.</summary>
internal abstract record PdfValue
{
    public abstract void WriteTo(StringBuilder output);
}

internal sealed record PdfName(string Raw) : PdfValue
{
    public override void WriteTo(StringBuilder output) => output.Append('/').Append(Raw);
}

/// <summary>Numbers, booleans and null keep their source text so that rewriting an object does not change them.</summary>
internal sealed record PdfToken(string Text) : PdfValue
{
    public static PdfToken Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    public long AsLong() => long.Parse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public override void WriteTo(StringBuilder output) => output.Append(Text);
}

/// <summary>A string kept in its original spelling, escapes included, since it is only ever copied.</summary>
internal sealed record PdfString(string RawLatin1, bool Hex) : PdfValue
{
    public static PdfString FromText(string text)
    {
        // UTF-16BE with a BOM is the PDF text-string form that can hold Vietnamese.
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();
        return new PdfString(Convert.ToHexString(bytes), Hex: true);
    }

    public override void WriteTo(StringBuilder output) =>
        output.Append(Hex ? '<' : '(').Append(RawLatin1).Append(Hex ? '>' : ')');
}

internal sealed record PdfRef(int Number, int Generation) : PdfValue
{
    public override void WriteTo(StringBuilder output) =>
        output.Append(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

internal sealed record PdfArray(List<PdfValue> Items) : PdfValue
{
    public override void WriteTo(StringBuilder output)
    {
        output.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) output.Append(' ');
            Items[i].WriteTo(output);
        }

        output.Append(']');
    }
}

internal sealed record PdfDict(Dictionary<string, PdfValue> Entries) : PdfValue
{
    public PdfDict()
        : this(new Dictionary<string, PdfValue>(StringComparer.Ordinal))
    {
    }

    public PdfValue? this[string key]
    {
        get => Entries.GetValueOrDefault(key);
        set
        {
            if (value is null) Entries.Remove(key);
            else Entries[key] = value;
        }
    }

    public PdfDict Copy() => new(new Dictionary<string, PdfValue>(Entries, StringComparer.Ordinal));

    public override void WriteTo(StringBuilder output)
    {
        output.Append("<<");
        foreach (var (key, value) in Entries)
        {
            output.Append('/').Append(key).Append(' ');
            value.WriteTo(output);
            output.Append('\n');
        }

        output.Append(">>");
    }
}

/// <summary>An indirect object as found in the file; <see cref="StreamStart"/> is set when a stream follows the dictionary.</summary>
internal sealed record PdfIndirect(int Number, int Generation, PdfValue Value, long StreamStart);
