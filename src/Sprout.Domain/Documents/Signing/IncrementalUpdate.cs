using System.Globalization;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Collects new and replaced objects and appends them, a classic xref section and a trailer after the original bytes.</summary>
internal sealed class IncrementalUpdate(int size)
{
    private readonly List<(int Number, string Body)> objects = [];
    private int nextNumber = size;

    public PdfRef Allocate() => new(nextNumber++, 0);

    public void Add(PdfRef reference, PdfValue value)
    {
        var text = new StringBuilder();
        value.WriteTo(text);
        Add(reference, text.ToString());
    }

    public void Add(PdfRef reference, string body) => objects.Add((reference.Number, body));

    public byte[] Finish(byte[] original, PdfDict trailer)
    {
        using var output = new MemoryStream();
        output.Write(original);
        // The last line of the original must end before our first object starts.
        if (original.Length > 0 && original[^1] is not (byte)'\n' and not (byte)'\r') output.WriteByte((byte)'\n');

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            Write(output, string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
        }

        var xrefAt = output.Position;
        var xref = new StringBuilder("xref\n0 1\n0000000000 65535 f\r\n");
        foreach (var run in Runs(offsets.Keys.ToList()))
        {
            xref.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run) xref.Append(CultureInfo.InvariantCulture, $"{offsets[number]:0000000000} 00000 n\r\n");
        }

        trailer["Size"] = PdfToken.Of(Math.Max(nextNumber, offsets.Keys.Max() + 1));
        xref.Append("trailer\n");
        trailer.WriteTo(xref);
        xref.Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xrefAt}\n%%EOF\n");
        Write(output, xref.ToString());
        return output.ToArray();
    }

    private static IEnumerable<List<int>> Runs(List<int> numbers)
    {
        var run = new List<int>();
        foreach (var n in numbers)
        {
            if (run.Count > 0 && n != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(n);
        }

        if (run.Count > 0) yield return run;
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
