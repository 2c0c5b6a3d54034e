using System.Security.Cryptography.X509Certificates;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Benchmarks.Documents;

/// <summary>
/// Issue 13: the public verification page takes files of up to 20 MB from anyone; each malformed kind must stay well
/// under a second. Run with <c>--filter '*Verify*'</c>.
/// </summary>
[MemoryDiagnoser]
public class VerifyBenchmark
{
    private const int Size = 20 * 1024 * 1024;
    private byte[] _repeatedRanges = null!;
    private byte[] _repeatedKeys = null!;
    private byte[] _tamperedLarge = null!;
    private byte[] _random = null!;
    private X509Certificate2Collection _roots = null!;

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow;
        using var ca = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", now, keySize: 2048, demo: false);
        using var signer = ca.IssueSigner("Nguyễn Thị Lan", now);
        _roots = [X509CertificateLoader.LoadCertificate(ca.Certificate.RawData)];
        var pdf = OfficialPdfRenderer.Render(new OfficialDocument
        {
            Type = DocumentType.ThongBao, ParentBody = "UBND PHƯỜNG VIỆT HƯNG", IssuingBody = "TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG", Place = "Việt Hưng",
            Date = new DateOnly(2026, 11, 30), Title = "Thông báo", BodyMarkdown = "Nội dung.", Recipients = ["Lưu: VT"],
        });
        var signed = PdfSigner.Sign(pdf, signer, null, now);

        _repeatedRanges = Fill(signed, i => $"/ByteRange [0 {i} {i + 1} 2]\n");
        _repeatedKeys = Fill(signed, _ => "/ByteRange ");

        // The costliest malformed file: a real signature over 20 MB (a large comment before signing), one signed byte changed.
        var padded = new MemoryStream();
        padded.Write(pdf);
        var comment = Encoding.ASCII.GetBytes("% " + new string('x', 1000) + "\n");
        while (padded.Length < Size - 20_000) padded.Write(comment);
        // The tail names the original cross-reference again, so the padded file is still a PDF the signer can update.
        var tail = Encoding.Latin1.GetString(pdf, pdf.Length - 64, 64);
        var startxref = tail[(tail.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        padded.Write(Encoding.ASCII.GetBytes($"startxref\n{startxref}\n%%EOF\n"));
        _tamperedLarge = PdfSigner.Sign(padded.ToArray(), signer, null, now);
        _tamperedLarge[pdf.Length + 10] ^= 0x01;

        _random = new byte[Size];
        new Random(13).NextBytes(_random);
        "%PDF-1.7\n"u8.CopyTo(_random);
    }

    private static byte[] Fill(byte[] start, Func<int, string> unit)
    {
        var output = new MemoryStream(Size);
        output.Write(start);
        for (var i = 1; output.Length < Size; i++) output.Write(Encoding.ASCII.GetBytes(unit(i)));
        return output.ToArray();
    }

    [Benchmark]
    public string? VerifyRepeatedByteRanges20MB() => PdfSignatureVerifier.Inspect(_repeatedRanges, _roots).InvalidFile;

    [Benchmark]
    public string? VerifyRepeatedByteRangeKeys20MB() => PdfSignatureVerifier.Inspect(_repeatedKeys, _roots).InvalidFile;

    [Benchmark]
    public int VerifyTamperedSignature20MB() => PdfSignatureVerifier.Inspect(_tamperedLarge, _roots).Signatures.Count;

    [Benchmark]
    public int VerifyRandomBytes20MB() => PdfSignatureVerifier.Inspect(_random, _roots).Signatures.Count;
}
