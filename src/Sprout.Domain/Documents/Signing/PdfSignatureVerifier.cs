using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Checks every PDF signature against the bytes it claims to cover and its certificate against a trust list.</summary>
/// <remarks>
/// Signatures are found by scanning for /ByteRange rather than through the form tree, so a damaged file still yields
/// an answer instead of a parse error. Files come from anyone (the verification page is public), so the work is
/// bounded: one forward scan of the file, at most <see cref="MaxSignatures"/> signatures, each reading only its own
/// dictionary window and hashing its range once; anything unreadable ends as <see cref="PdfVerification.InvalidFile"/>.
/// Revocation (CRL/OCSP) is not checked and the time is the signer's claimed /M (no timestamp token): both are said on the page.
/// </remarks>
public static partial class PdfSignatureVerifier
{
    /// <summary>More than any real document carries (Sprout's have two); beyond it the file is refused rather than hashed again and again.</summary>
    public const int MaxSignatures = 16;

    /// <summary>Bytes hashed over all signatures of one file: eight passes over a 20 MB file (~1.3 s here), so 16 crafted signatures cannot cost 16.</summary>
    public const long MaxHashedBytes = 8L * 20 * 1024 * 1024;

    private const int MaxDigits = 15;
    private const int MaxGap = 256;
    private const int DictionaryWindow = 4096;

    public static IReadOnlyList<SignatureCheck> Verify(byte[] pdf, X509Certificate2Collection? trustedRoots = null) =>
        Inspect(pdf, trustedRoots).Signatures;

    /// <summary>Never throws for any content: an unreadable file becomes <see cref="PdfVerification.InvalidFile"/>.</summary>
    public static PdfVerification Inspect(byte[] pdf, X509Certificate2Collection? trustedRoots = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            return InspectCore(pdf, trustedRoots ?? [], now ?? DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return PdfVerification.Invalid("Tệp không hợp lệ: không đọc được chữ ký trong tệp.");
        }
    }

    private static PdfVerification InspectCore(byte[] pdf, X509Certificate2Collection roots, DateTimeOffset now)
    {
        var found = new List<(int At, long[] Range)>();
        var position = 0;
        while (position < pdf.Length)
        {
            var next = pdf.AsSpan(position).IndexOf("/ByteRange"u8);
            if (next < 0) break;
            var at = position + next;
            var after = at + "/ByteRange".Length;
            position = after;
            // "/ByteRangeX" is another name, not this key.
            if (after < pdf.Length && !PdfLexer.IsWhite(pdf[after]) && !PdfLexer.IsDelimiter(pdf[after])) continue;
            if (!TryReadRange(pdf, after, out var range, out var end))
            {
                return PdfVerification.Invalid("Tệp không hợp lệ: mảng /ByteRange không đọc được (số sai hoặc quá lớn).");
            }
            if (found.Any(f => f.Range.AsSpan().SequenceEqual(range)))
            {
                return PdfVerification.Invalid("Tệp không hợp lệ: hai chữ ký cùng khai báo một vùng ký.");
            }
            if (found.Count == MaxSignatures)
            {
                return PdfVerification.Invalid($"Tệp không hợp lệ: có hơn {MaxSignatures} chữ ký.");
            }
            found.Add((at, range));
            position = end;
        }

        if (found.Sum(f => Math.Min(f.Range[1], pdf.Length) + Math.Min(f.Range[3], pdf.Length)) > MaxHashedBytes)
        {
            return PdfVerification.Invalid("Tệp không hợp lệ: các chữ ký phủ tổng cộng quá nhiều dữ liệu để kiểm tra.");
        }

        var checks = new List<SignatureCheck>(found.Count);
        foreach (var (at, range) in found)
        {
            var check = Check(pdf, at, range, roots, now, out var invalid);
            if (invalid is not null) return PdfVerification.Invalid(invalid);
            checks.Add(check!);
        }

        return new PdfVerification
        {
            Signatures = checks.Select((c, i) => c with
            {
                FollowedBySignature = checks.Skip(i + 1).Any(later => later.Status == SignatureStatus.Valid),
            }).ToList(),
        };
    }

    /// <summary>"[a b c d]" with at most <see cref="MaxDigits"/> digits each, so no value can overflow a long nor the sums below.</summary>
    private static bool TryReadRange(byte[] pdf, int from, out long[] range, out int end)
    {
        range = new long[4];
        end = from;
        var p = SkipWhite(pdf, from);
        if (p >= pdf.Length || pdf[p] != '[') return false;
        p++;
        for (var i = 0; i < 4; i++)
        {
            p = SkipWhite(pdf, p);
            var start = p;
            long value = 0;
            while (p < pdf.Length && p - start < MaxDigits && char.IsAsciiDigit((char)pdf[p])) value = (value * 10) + (pdf[p++] - '0');
            if (p == start || (p < pdf.Length && char.IsAsciiDigit((char)pdf[p]))) return false;
            range[i] = value;
        }

        p = SkipWhite(pdf, p);
        if (p >= pdf.Length || pdf[p] != ']') return false;
        end = p + 1;
        return true;
    }

    private static int SkipWhite(byte[] pdf, int p)
    {
        var limit = Math.Min(pdf.Length, p + MaxGap);
        while (p < limit && PdfLexer.IsWhite(pdf[p])) p++;
        return p;
    }

    private static SignatureCheck? Check(byte[] pdf, int at, long[] range, X509Certificate2Collection roots, DateTimeOffset now, out string? invalid)
    {
        invalid = null;
        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[2] + range[3] > pdf.Length)
        {
            invalid = "Tệp không hợp lệ: vùng ký (/ByteRange) nằm ngoài tệp.";
            return null;
        }

        var (holeStart, holeEnd) = ((int)range[1], (int)range[2]);
        var hole = pdf.AsSpan(holeStart, holeEnd - holeStart);
        if (hole.Length < 4 || hole[0] != '<' || hole[^1] != '>' || (hole.Length - 2) % 2 != 0)
        {
            invalid = "Tệp không hợp lệ: vùng chừa ra không phải đúng chuỗi /Contents của chữ ký.";
            return null;
        }

        byte[] der;
        try
        {
            der = Convert.FromHexString(Encoding.ASCII.GetString(hole[1..^1]));
        }
        catch (FormatException)
        {
            invalid = "Tệp không hợp lệ: /Contents của chữ ký không phải chuỗi hex.";
            return null;
        }

        // /Contents is zero-padded; SignedCms wants exactly the DER object, whose length its header states.
        if (!AsnDecoder.TryReadEncodedValue(der, AsnEncodingRules.BER, out var tag, out _, out _, out var consumed) || tag != Asn1Tag.Sequence)
        {
            invalid = "Tệp không hợp lệ: chữ ký (CMS) không phải dữ liệu DER đọc được.";
            return null;
        }

        var dictionary = Dictionary(pdf, at, holeStart, holeEnd);
        var subFilter = SubFilterPattern().Match(dictionary) is { Success: true } sf ? sf.Groups[1].Value : string.Empty;
        DateTimeOffset? time = null;
        if (SigningTimePattern().Match(dictionary) is { Success: true } t)
        {
            time = ParsePdfDate(t.Groups[1].Value);
            if (time is null)
            {
                invalid = "Tệp không hợp lệ: thời điểm ký (/M) không phải ngày giờ hợp lệ.";
                return null;
            }
        }

        var reason = ReasonPattern().Match(dictionary) is { Success: true } r ? TextString(r.Groups[1].Value, r.Groups[2].Value) : null;

        var signed = new byte[range[1] + range[3]];
        Array.Copy(pdf, 0, signed, 0, range[1]);
        Array.Copy(pdf, range[2], signed, range[1], range[3]);
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(der.AsSpan(0, consumed));
        }
        catch (CryptographicException)
        {
            invalid = "Tệp không hợp lệ: chữ ký (CMS) không giải mã được.";
            return null;
        }

        var signerInfo = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0] : null;
        var certificate = signerInfo?.Certificate;
        string? problem = signerInfo is null ? "The CMS has no signer." : null;
        if (problem is null)
        {
            try
            {
                cms.CheckSignature(verifySignatureOnly: true);
            }
            catch (CryptographicException e)
            {
                problem = "The signature does not match the signed bytes: " + e.Message;
            }
        }

        // The certificate is judged at the claimed signing time, but never at a time after now: a future /M proves nothing.
        var judgedAt = time is { } claimed && claimed <= now ? claimed : now;
        var chain = ChainOf(certificate, cms.Certificates, roots, judgedAt);
        var bound = signerInfo is not null && certificate is not null && BindsCertificate(signerInfo, certificate);
        var covers = range[2] + range[3] == pdf.Length;
        return new SignatureCheck
        {
            Status = problem is not null ? SignatureStatus.Broken
                : covers ? SignatureStatus.Valid
                : SignatureStatus.ValidButDocumentChangedAfterSigning,
            Trust = chain.Trust,
            Problem = problem,
            CryptographicallyValid = problem is null,
            SigningCertificateBound = bound,
            CoversWholeDocument = covers,
            ByteRange = range,
            SubFilter = subFilter,
            SigningTime = time,
            Reason = reason,
            SignerSubject = certificate?.Subject ?? string.Empty,
            SignerName = certificate?.GetNameInfo(X509NameType.SimpleName, false) ?? string.Empty,
            IssuerName = certificate?.GetNameInfo(X509NameType.SimpleName, true) ?? string.Empty,
            CertificateNotBefore = certificate is null ? null : new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            CertificateNotAfter = certificate is null ? null : new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Demo = certificate is not null && DemoCertificateAuthority.IsDemo(certificate),
            CertificateChain = chain.Subjects,
            ChainTrusted = chain.Trust == SignatureTrust.Trusted,
            ChainProblems = chain.Problems,
        };
    }

    private static (IReadOnlyList<string> Subjects, SignatureTrust Trust, IReadOnlyList<string> Problems) ChainOf(
        X509Certificate2? certificate, X509Certificate2Collection embedded, X509Certificate2Collection roots, DateTimeOffset at)
    {
        if (certificate is null) return ([], SignatureTrust.NoCertificate, ["The CMS carries no signer certificate."]);
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Only the trust list counts, never the machine's TLS roots, and nothing is fetched from the network.
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;

        var built = chain.Build(certificate);
        var subjects = chain.ChainElements.Select(e => e.Certificate.Subject).ToList();
        var problems = chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").ToList();
        var flags = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);
        var mayNotSign = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
            && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0;
        if (mayNotSign) problems.Add("The certificate's key usage allows neither digitalSignature nor nonRepudiation.");
        var trust =
            (flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.ExplicitDistrust)) != 0 ? SignatureTrust.UnknownIssuer
            : (flags & ~(X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.NotTimeNested)) != 0 || mayNotSign ? SignatureTrust.InvalidChain
            : (flags & X509ChainStatusFlags.NotTimeValid) != 0 ? SignatureTrust.NotValidAtSigningTime
            : built ? SignatureTrust.Trusted
            : SignatureTrust.InvalidChain;
        return (subjects, trust, problems);
    }

    /// <summary>PAdES-B needs signing-certificate-v2 naming the signer's certificate, so it cannot be swapped for another with the same key.</summary>
    private static bool BindsCertificate(SignerInfo signer, X509Certificate2 certificate)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .FirstOrDefault(a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47");
        if (attribute is null || attribute.Values.Count == 0) return false;
        try
        {
            var reader = new AsnReader(attribute.Values[0].RawData, AsnEncodingRules.DER);
            var first = reader.ReadSequence().ReadSequence().ReadSequence();
            // hashAlgorithm is optional and defaults to SHA-256; only that default is accepted here.
            if (first.PeekTag().TagValue == (int)UniversalTagNumber.Sequence) return false;
            return first.ReadOctetString().AsSpan().SequenceEqual(SHA256.HashData(certificate.RawData));
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The signature dictionary around a /ByteRange, without the /Contents hole: from the nearest "obj" before it to the
    /// next "endobj", looked for only within a few KB so that no signature reads the whole file.
    /// </summary>
    private static string Dictionary(byte[] pdf, int at, int holeStart, int holeEnd)
    {
        var low = Math.Min(at, holeStart);
        var high = Math.Max(at, holeEnd);
        var beforeStart = Math.Max(0, low - DictionaryWindow);
        var before = Encoding.Latin1.GetString(pdf, beforeStart, low - beforeStart);
        var middle = at < holeStart
            ? Encoding.Latin1.GetString(pdf, at, Math.Min(holeStart - at, DictionaryWindow))
            : Encoding.Latin1.GetString(pdf, holeEnd, Math.Min(Math.Max(0, at - holeEnd), DictionaryWindow));
        var afterStart = at < holeStart ? holeEnd : Math.Min(pdf.Length, at);
        var after = Encoding.Latin1.GetString(pdf, afterStart, Math.Min(pdf.Length - afterStart, DictionaryWindow));
        var objAt = before.LastIndexOf(" obj", StringComparison.Ordinal);
        var endAt = after.IndexOf("endobj", StringComparison.Ordinal);
        return (objAt < 0 ? before : before[objAt..]) + " " + middle + " " + (endAt < 0 ? after : after[..endAt]);
    }

    /// <summary>A PDF text string: UTF-16BE with a BOM in hex (how Sprout writes it), or a literal in PDFDocEncoding (read as Latin-1).</summary>
    private static string? TextString(string hex, string literal)
    {
        if (hex.Length == 0) return literal;
        try
        {
            var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
            return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
                ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
                : Encoding.Latin1.GetString(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A PDF date (D:YYYYMMDDHHmmSSOHH'mm'); null when any part is out of range (month 13, offset 99 hours…).</summary>
    internal static DateTimeOffset? ParsePdfDate(string value)
    {
        var m = PdfDatePattern().Match(value);
        if (!m.Success) return null;
        int Part(int group, int fallback) => m.Groups[group].Success && m.Groups[group].Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var (year, month, day, hour, minute, second) = (Part(1, 1), Part(2, 1), Part(3, 1), Part(4, 0), Part(5, 0), Part(6, 0));
        var (offsetHours, offsetMinutes) = (Part(8, 0), Part(9, 0));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            || offsetHours > 14 || offsetMinutes > 59)
        {
            return null;
        }

        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        return new DateTimeOffset(year, month, day, hour, minute, second, m.Groups[7].Value == "-" ? -offset : offset);
    }

    [GeneratedRegex(@"/SubFilter\s*/([A-Za-z0-9.#_-]{1,64})")]
    private static partial Regex SubFilterPattern();

    [GeneratedRegex(@"/M\s*\(([^)]{0,64})\)")]
    private static partial Regex SigningTimePattern();

    [GeneratedRegex(@"/Reason\s*(?:<([0-9A-Fa-f]{0,2048})>|\(([^)]{0,1024})\))")]
    private static partial Regex ReasonPattern();

    [GeneratedRegex(@"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?$")]
    private static partial Regex PdfDatePattern();
}
