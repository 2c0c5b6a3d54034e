using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Adds a PAdES signature to a PDF as an incremental update, leaving every original byte in place.</summary>
/// <remarks>
/// Because nothing before the update changes, earlier signatures keep verifying: signing a signed file adds a second signature.
/// </remarks>
public static class PdfSigner
{
    /// <summary>Bytes reserved for the CMS: an RSA-3072 signature with a two-certificate chain needs about 4 KB.</summary>
    /// <remarks>Written as hex, the hole costs twice this in every signed file: 8 KB leaves room for a three-certificate
    /// chain from a public CA and keeps a signed one-page notice under 100 KB.</remarks>
    private const int ContentsCapacity = 8_192;
    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    public static byte[] Sign(byte[] pdf, X509Certificate2 certificateWithPrivateKey, SignatureAppearance? visible, DateTimeOffset signingTime) =>
        Sign(pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(certificateWithPrivateKey)), visible, signingTime);

    public static byte[] Sign(byte[] pdf, ICmsSigner signer, SignatureAppearance? visible, DateTimeOffset signingTime, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(signer);
        var reader = PdfFileReader.Open(pdf);
        var update = new IncrementalUpdate(reader.Size);
        var signerName = signer.Certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

        var catalog = reader.GetDict(reader.Root).Copy();
        var pages = reader.Pages();
        if (pages.Count == 0) throw new FormatException("The PDF has no pages.");
        var pageRef = visible?.Page == SignaturePage.Last ? pages[^1] : pages[0];

        var sigRef = update.Allocate();
        var widgetRef = update.Allocate();

        // The AcroForm keeps its object number if it already has one, so earlier fields stay reachable.
        var (acroRef, acroForm) = reader.Resolve(catalog["AcroForm"]) is PdfDict existing
            ? (catalog["AcroForm"] as PdfRef ?? update.Allocate(), existing.Copy())
            : (update.Allocate(), new PdfDict());
        var fields = (reader.Resolve(acroForm["Fields"]) as PdfArray)?.Items.ToList() ?? [];
        var fieldName = FieldName(reader, fields);
        fields.Add(widgetRef);
        acroForm["Fields"] = new PdfArray(fields);
        acroForm["SigFlags"] = PdfToken.Of(3);
        catalog["AcroForm"] = acroRef;

        var page = reader.GetDict(pageRef).Copy();
        var annots = (reader.Resolve(page["Annots"]) as PdfArray)?.Items.ToList() ?? [];
        annots.Add(widgetRef);
        page["Annots"] = new PdfArray(annots);

        var widget = new PdfDict
        {
            ["Type"] = new PdfName("Annot"),
            ["Subtype"] = new PdfName("Widget"),
            ["FT"] = new PdfName("Sig"),
            ["T"] = PdfString.FromText(fieldName),
            ["V"] = sigRef,
            ["P"] = pageRef,
            ["F"] = PdfToken.Of(132), // Print + Locked
            ["Rect"] = Rect(visible),
        };
        if (visible is not null)
        {
            var apRef = update.Allocate();
            widget["AP"] = new PdfDict { ["N"] = apRef };
            var lines = SignatureStamp.Lines(visible, signerName, signingTime);
            var font = StampFont.For(lines);
            var fontRef = AddStampFont(update, font);
            var stream = SignatureStamp.Content(visible, lines, font);
            update.Add(apRef, string.Create(CultureInfo.InvariantCulture,
                $"<</Type /XObject /Subtype /Form /BBox [0 0 {visible.Width:0.##} {visible.Height:0.##}] /Resources <</Font <</F1 {fontRef.Number} 0 R>>>> /Length {stream.Length}>>\nstream\n{stream}\nendstream"));
        }

        var sigDict = new StringBuilder()
            .Append("<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n/ByteRange ")
            .Append(ByteRangePlaceholder)
            .Append("\n/Contents <").Append('0', ContentsCapacity * 2).Append(">\n/M ")
            .Append('(').Append(PdfDate(signingTime)).Append(')')
            .Append("\n/Name ");
        PdfString.FromText(signerName).WriteTo(sigDict);
        if (reason is not null)
        {
            sigDict.Append("\n/Reason ");
            PdfString.FromText(reason).WriteTo(sigDict);
        }

        update.Add(sigRef, sigDict.Append(">>").ToString());
        update.Add(widgetRef, widget);
        update.Add(acroRef, acroForm);
        update.Add(pageRef, page);
        update.Add(reader.Root, catalog);

        var trailer = new PdfDict { ["Root"] = reader.Root, ["Prev"] = PdfToken.Of(reader.LastXrefOffset) };
        if (reader.Trailer["Info"] is { } info) trailer["Info"] = info;
        if (reader.Trailer["ID"] is { } id) trailer["ID"] = id;
        var signed = update.Finish(pdf, trailer);

        Fill(signed, signer);
        return signed;
    }

    /// <summary>The stamp's font as a Type 0 font over an embedded TrueType subset (Identity-H, glyph ids as CIDs).</summary>
    private static PdfRef AddStampFont(IncrementalUpdate update, StampFont font)
    {
        var type0 = update.Allocate();
        var cid = update.Allocate();
        var descriptor = update.Allocate();
        var file = update.Allocate();
        var toUnicode = update.Allocate();
        update.Add(type0, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Font /Subtype /Type0 /BaseFont /{StampFont.BaseFont} /Encoding /Identity-H /DescendantFonts [{cid.Number} 0 R] /ToUnicode {toUnicode.Number} 0 R>>"));
        update.Add(cid, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{StampFont.BaseFont} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor {descriptor.Number} 0 R /CIDToGIDMap /Identity /DW 500 /W {font.Widths()}>>"));
        // Liberation Serif's metrics in thousandths of an em (its head and OS/2 tables).
        update.Add(descriptor, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /FontDescriptor /FontName /{StampFont.BaseFont} /Flags 6 /FontBBox [-569 -307 2000 1007] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 /FontFile2 {file.Number} 0 R>>"));
        // Kept glyph ids leave long runs of empty glyph slots, which deflate to almost nothing.
        var packed = Deflate(font.File);
        update.Add(file, string.Create(CultureInfo.InvariantCulture,
            $"<</Filter /FlateDecode /Length {packed.Length} /Length1 {font.File.Length}>>\nstream\n{Encoding.Latin1.GetString(packed)}\nendstream"));
        var cmap = font.ToUnicode();
        update.Add(toUnicode, string.Create(CultureInfo.InvariantCulture, $"<</Length {cmap.Length}>>\nstream\n{cmap}\nendstream"));
        return type0;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>Writes the byte range, then signs everything except the /Contents hole and writes the CMS into it.</summary>
    private static void Fill(byte[] signed, ICmsSigner signer)
    {
        var rangeAt = LastIndexOf(signed, "/ByteRange " + ByteRangePlaceholder) + "/ByteRange ".Length;
        var holeStart = IndexOf(signed, "/Contents <", rangeAt) + "/Contents ".Length;
        var holeEnd = holeStart + (ContentsCapacity * 2) + 2;
        var range = string.Create(CultureInfo.InvariantCulture, $"[0 {holeStart} {holeEnd} {signed.Length - holeEnd}]")
            .PadRight(ByteRangePlaceholder.Length);
        Encoding.ASCII.GetBytes(range).CopyTo(signed, rangeAt);

        var content = new byte[holeStart + (signed.Length - holeEnd)];
        Array.Copy(signed, 0, content, 0, holeStart);
        Array.Copy(signed, holeEnd, content, holeStart, signed.Length - holeEnd);
        var cms = signer.SignCms(content);
        if (cms.Length > ContentsCapacity) throw new InvalidOperationException($"The CMS ({cms.Length} bytes) does not fit the reserved {ContentsCapacity} bytes.");
        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, holeStart + 1);
    }

    private static string FieldName(PdfFileReader reader, List<PdfValue> fields)
    {
        var taken = fields.Select(f => reader.Resolve(f) as PdfDict).Select(d => d?["T"]).OfType<PdfString>().Select(s => s.RawLatin1).ToHashSet();
        for (var n = fields.Count + 1; ; n++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Signature{n}");
            if (!taken.Contains(PdfString.FromText(name).RawLatin1) && !taken.Contains(name)) return name;
        }
    }

    private static PdfArray Rect(SignatureAppearance? a) => a is null
        ? new PdfArray([PdfToken.Of(0), PdfToken.Of(0), PdfToken.Of(0), PdfToken.Of(0)])
        : new PdfArray([Number(a.X), Number(a.Y), Number(a.X + a.Width), Number(a.Y + a.Height)]);

    private static PdfToken Number(float value) => new(value.ToString("0.##", CultureInfo.InvariantCulture));

    internal static string PdfDate(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture,
            $"D:{time:yyyyMMddHHmmss}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'");
    }

    internal static int IndexOf(byte[] data, string text, int from = 0)
    {
        var at = data.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(text));
        return at < 0 ? throw new FormatException($"'{text}' not found.") : at + from;
    }

    private static int LastIndexOf(byte[] data, string text)
    {
        var at = data.AsSpan().LastIndexOf(Encoding.ASCII.GetBytes(text));
        return at < 0 ? throw new FormatException($"'{text}' not found.") : at;
    }
}
