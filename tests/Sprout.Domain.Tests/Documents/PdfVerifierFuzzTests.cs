using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Tests.Documents;

/// <summary>
/// Files from anyone reach the public verification page: whatever the bytes, the verifier answers quickly with either
/// signatures or "Tệp không hợp lệ", never an exception and never a valid verdict for changed signed bytes.
/// </summary>
public sealed class PdfVerifierFuzzTests : IClassFixture<PdfVerifierFuzzTests.SignedSample>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);
    private readonly SignedSample sample;

    public PdfVerifierFuzzTests(SignedSample sample) => this.sample = sample;

    public sealed class SignedSample : IDisposable
    {
        public SignedSample()
        {
            Ca = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", Now.AddDays(-1), keySize: 2048, demo: false);
            using var signer = Ca.IssueSigner("Nguyễn Thị Lan", Now);
            Pdf = PdfSigner.Sign(OfficialPdfRenderer.Render(SampleDocuments.Plan(paragraphs: 1)), signer, null, Now);
            Roots = [X509CertificateLoader.LoadCertificate(Ca.Certificate.RawData)];
            var check = Assert.Single(PdfSignatureVerifier.Inspect(Pdf, Roots, Now).Signatures);
            Assert.True(check.IsValid);
            (HoleStart, HoleEnd) = ((int)check.ByteRange[1], (int)check.ByteRange[2]);
        }

        public DemoCertificateAuthority Ca { get; }

        public byte[] Pdf { get; }

        public X509Certificate2Collection Roots { get; }

        public int HoleStart { get; }

        public int HoleEnd { get; }

        public void Dispose() => Ca.Dispose();
    }

    /// <summary>The malformed files: truncations, bit flips, huge numbers, repeated /ByteRange, bad DER in /Contents, bad dates.</summary>
    public static IEnumerable<(string Name, byte[] Pdf, bool SignedBytesChanged)> Malformed(byte[] pdf, int holeStart, int holeEnd, int seed)
    {
        var random = new Random(seed);
        var text = Encoding.Latin1.GetString(pdf);
        var rangeAt = text.LastIndexOf("/ByteRange", StringComparison.Ordinal);
        var rangeEnd = text.IndexOf(']', rangeAt) + 1;
        byte[] WithRange(string replacement) => Encoding.Latin1.GetBytes(text[..rangeAt] + "/ByteRange " + replacement + text[rangeEnd..]);
        byte[] WithHole(string hex) => Encoding.Latin1.GetBytes(text[..holeStart] + "<" + hex.PadRight(holeEnd - holeStart - 2, '0')[..(holeEnd - holeStart - 2)] + ">" + text[holeEnd..]);

        for (var i = 0; i < 40; i++)
        {
            var cut = random.Next(1, pdf.Length);
            yield return ($"truncated at {cut}", pdf[..cut], true);
        }

        for (var i = 0; i < 200; i++)
        {
            var at = random.Next(pdf.Length);
            var flipped = (byte[])pdf.Clone();
            flipped[at] ^= (byte)(1 << random.Next(8));
            yield return ($"bit flip at {at}", flipped, at < holeStart || at >= holeEnd);
        }

        foreach (var numbers in new[]
        {
            "[0 99999999999999999999999 1 2]", "[0 9223372036854775807 9223372036854775807 9223372036854775807]",
            "[0 2147483647 2147483648 4294967296]", "[0 -5 10 20]", "[0 10 5 20]", "[1 10 20 30]", "[0 0 0 0]",
            $"[0 {holeStart} {holeEnd} {pdf.Length}]", $"[0 {pdf.Length} {pdf.Length + 1} 0]", "[0 1e9 2 3]", "[0 1 2", "[", "12 0 R",
            $"[0 {holeStart + 1} {holeEnd} {pdf.Length - holeEnd}]", $"[0 {holeStart} {holeEnd - 1} {pdf.Length - holeEnd + 1}]",
        })
        {
            yield return ($"byte range {numbers}", WithRange(numbers), true);
        }

        var repeatedEntry = Encoding.Latin1.GetBytes("/ByteRange [0 1 2 3]\n");
        var repeatedKey = Encoding.Latin1.GetBytes("/ByteRange ");
        var repeatedReal = Encoding.Latin1.GetBytes(text[rangeAt..rangeEnd] + "\n");
        foreach (var (name, unit) in new[] { ("entries", repeatedEntry), ("keys", repeatedKey), ("copies of the real one", repeatedReal) })
        {
            var megabyte = new MemoryStream();
            megabyte.Write(pdf);
            while (megabyte.Length < 1024 * 1024) megabyte.Write(unit);
            yield return ($"1 MB of repeated /ByteRange {name}", megabyte.ToArray(), true);
        }

        yield return ("/Contents not hex", WithHole("zz"), false);
        yield return ("/Contents empty DER", WithHole(string.Empty), false);
        yield return ("/Contents a DER length of 4 GB", WithHole("3084FFFFFFFF"), false);
        yield return ("/Contents a DER length of 127 bytes of length", WithHole("30FF" + new string('F', 254)), false);
        yield return ("/Contents a sequence of garbage", WithHole("3010" + Convert.ToHexString(Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256)).ToArray())), false);
        yield return ("/Contents odd hex", Encoding.Latin1.GetBytes(text[..holeStart] + "<" + new string('0', holeEnd - holeStart - 3) + " >" + text[holeEnd..]), false);
        var der = Convert.FromHexString(text[(holeStart + 1)..(holeEnd - 1)]);
        for (var i = 0; i < 30; i++)
        {
            var broken = (byte[])der.Clone();
            broken[random.Next(Math.Min(broken.Length, 3000))] ^= (byte)(1 << random.Next(8));
            yield return ($"/Contents DER bit flip {i}", WithHole(Convert.ToHexString(broken)), false);
        }

        foreach (var date in new[] { "D:20261399999999+99'99'", "D:99999999999999999999", "D:2026", "D:20260230", "not a date", "D:20261130091500+07'00'garbage" })
        {
            // The signed /M changes too, so these are bad dates in a file whose signed bytes changed.
            var m = text.IndexOf("/M (", rangeAt, StringComparison.Ordinal);
            var close = text.IndexOf(')', m);
            yield return ($"/M {date}", Encoding.Latin1.GetBytes(text[..(m + 4)] + date + text[close..]), true);
        }

        yield return ("empty", [], true);
        yield return ("only the header", "%PDF-1.7\n"u8.ToArray(), true);
        yield return ("random bytes", Enumerable.Range(0, 100_000).Select(_ => (byte)random.Next(256)).ToArray(), true);
    }

    [Fact]
    public void Every_malformed_file_gets_an_answer_in_bounded_time_and_changed_signed_bytes_never_read_valid()
    {
        var cases = Malformed(sample.Pdf, sample.HoleStart, sample.HoleEnd, seed: 20261130).ToList();
        Assert.True(cases.Count > 300);
        foreach (var (name, pdf, changed) in cases)
        {
            var clock = Stopwatch.StartNew();
            var result = PdfSignatureVerifier.Inspect(pdf, sample.Roots, Now);
            clock.Stop();

            Assert.True(clock.Elapsed < Bound, $"{name}: {clock.Elapsed.TotalMilliseconds:0} ms");
            Assert.True(result.InvalidFile is null || result.Signatures.Count == 0, name);
            Assert.True(result.InvalidFile is null || result.InvalidFile.StartsWith("Tệp không hợp lệ", StringComparison.Ordinal), name);
            if (changed)
            {
                Assert.False(result.Signatures.Any(s => s.IsValid), name);
            }
        }
    }

    [Fact]
    public void A_megabyte_of_repeated_byte_ranges_is_refused_quickly_as_an_invalid_file()
    {
        // Before the fix this took about 25 s: every /ByteRange re-read the file around it.
        var pdf = new MemoryStream();
        pdf.Write(sample.Pdf);
        while (pdf.Length < 1024 * 1024) pdf.Write("/ByteRange [0 1 2 3]\n"u8);

        var clock = Stopwatch.StartNew();
        var result = PdfSignatureVerifier.Inspect(pdf.ToArray(), sample.Roots, Now);

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"{clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.StartsWith("Tệp không hợp lệ", result.InvalidFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_and_overflowing_byte_range_numbers_are_an_invalid_file()
    {
        var text = Encoding.Latin1.GetString(sample.Pdf);
        var at = text.LastIndexOf("/ByteRange", StringComparison.Ordinal);
        var end = text.IndexOf(']', at) + 1;
        foreach (var numbers in new[] { "[0 99999999999999999999999 1 2]", "[0 2147483647 2147483648 4294967296]", "[0 -5 10 20]" })
        {
            var pdf = Encoding.Latin1.GetBytes(text[..at] + "/ByteRange " + numbers + text[end..]);
            Assert.StartsWith("Tệp không hợp lệ", PdfSignatureVerifier.Inspect(pdf, sample.Roots, Now).InvalidFile, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bad_DER_in_contents_is_an_invalid_file()
    {
        var text = Encoding.Latin1.GetString(sample.Pdf);
        var hex = "3084FFFFFFFF".PadRight(sample.HoleEnd - sample.HoleStart - 2, '0');
        var pdf = Encoding.Latin1.GetBytes(text[..sample.HoleStart] + "<" + hex + ">" + text[sample.HoleEnd..]);

        Assert.StartsWith("Tệp không hợp lệ", PdfSignatureVerifier.Inspect(pdf, sample.Roots, Now).InvalidFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixteen_real_signatures_over_a_large_file_are_refused_before_hashing_it_sixteen_times()
    {
        // Each /ByteRange leaves out its own copy of the real /Contents, so every one would decode and hash ~11 MB.
        var text = Encoding.Latin1.GetString(sample.Pdf);
        var contents = text[sample.HoleStart..sample.HoleEnd];
        var file = new StringBuilder(text).Append('\n');
        var holes = new List<(int Start, int End)>();
        for (var i = 0; i < PdfSignatureVerifier.MaxSignatures - 1; i++)
        {
            // 15 ranges over ~15 × 0.8 MB each: about 180 MB in all, over the cap whatever the signature hole's size.
            file.Append("% padding ").Append('x', 800_000).Append('\n');
            holes.Add((file.Length, file.Length + contents.Length));
            file.Append(contents).Append('\n');
        }

        var length = file.Length + (holes.Count * 60);
        foreach (var (start, end) in holes) file.Append("/ByteRange [0 ").Append(start).Append(' ').Append(end).Append(' ').Append(length - end).Append(']').Append('\n');
        var pdf = Encoding.Latin1.GetBytes(file.ToString().PadRight(length));

        var clock = Stopwatch.StartNew();
        var result = PdfSignatureVerifier.Inspect(pdf, sample.Roots, Now);

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"{clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.StartsWith("Tệp không hợp lệ: các chữ ký phủ tổng cộng quá nhiều dữ liệu", result.InvalidFile, StringComparison.Ordinal);
    }
}
