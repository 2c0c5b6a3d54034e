using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Checks every PDF signature against the bytes it claims to cover.</summary>
/// <remarks>
/// Signatures are found by scanning for /ByteRange rather than through the form tree, so a damaged file still yields
/// a "broken" verdict instead of a parse error.
/// </remarks>
public static partial class PdfSignatureVerifier
{
    public static IReadOnlyList<SignatureCheck> Verify(byte[] pdf, X509Certificate2Collection? trustedRoots = null)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var checks = new List<SignatureCheck>();
        foreach (Match m in ByteRangePattern().Matches(text))
        {
            var range = Enumerable.Range(1, 4).Select(i => long.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture)).ToArray();
            checks.Add(Check(pdf, text, m.Index, range, trustedRoots));
        }

        return checks.Select((c, i) => c with
        {
            FollowedBySignature = checks.Skip(i + 1).Any(later => later.Status == SignatureStatus.Valid),
        }).ToList();
    }

    private static SignatureCheck Check(byte[] pdf, string text, int at, long[] range, X509Certificate2Collection? roots)
    {
        var dict = Dictionary(text, at);
        var subFilter = SubFilterPattern().Match(dict) is { Success: true } sf ? sf.Groups[1].Value : string.Empty;
        var time = SigningTimePattern().Match(dict) is { Success: true } t ? ParsePdfDate(t.Groups[1].Value) : null;
        SignatureCheck Broken(string why) => new() { Status = SignatureStatus.Broken, Problem = why, ByteRange = range, SubFilter = subFilter, SigningTime = time };

        if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0 || range[2] + range[3] > pdf.Length)
        {
            return Broken("The byte range does not fit the file.");
        }

        var hole = text.AsSpan((int)range[1], (int)(range[2] - range[1]));
        if (hole.Length < 2 || hole[0] != '<' || hole[^1] != '>') return Broken("The byte range does not leave out exactly the /Contents string.");

        byte[] der;
        try
        {
            der = TrimDer(Convert.FromHexString(hole[1..^1].ToString()));
        }
        catch (FormatException e)
        {
            return Broken("The /Contents string is not valid hex: " + e.Message);
        }

        var signed = new byte[range[1] + range[3]];
        Array.Copy(pdf, 0, signed, 0, range[1]);
        Array.Copy(pdf, range[2], signed, range[1], range[3]);
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException e)
        {
            return Broken("The CMS cannot be decoded: " + e.Message);
        }

        var signerInfo = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0] : null;
        var certificate = signerInfo?.Certificate;
        string? problem = null;
        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            problem = "The signature does not match the signed bytes: " + e.Message;
        }

        var chain = ChainOf(certificate, cms.Certificates, roots, time);
        var bound = signerInfo is not null && certificate is not null && BindsCertificate(signerInfo, certificate);
        var covers = range[2] + range[3] == pdf.Length;
        return new SignatureCheck
        {
            Status = problem is not null ? SignatureStatus.Broken
                : covers ? SignatureStatus.Valid
                : SignatureStatus.ValidButDocumentChangedAfterSigning,
            Problem = problem,
            CryptographicallyValid = problem is null,
            SigningCertificateBound = bound,
            CoversWholeDocument = covers,
            ByteRange = range,
            SubFilter = subFilter,
            SigningTime = time,
            SignerSubject = certificate?.Subject ?? string.Empty,
            SignerName = certificate?.GetNameInfo(X509NameType.SimpleName, false) ?? string.Empty,
            CertificateChain = chain.Subjects,
            ChainTrusted = chain.Trusted,
            ChainProblems = chain.Problems,
        };
    }

    private static (IReadOnlyList<string> Subjects, bool Trusted, IReadOnlyList<string> Problems) ChainOf(
        X509Certificate2? certificate, X509Certificate2Collection embedded, X509Certificate2Collection? roots, DateTimeOffset? at)
    {
        if (certificate is null) return ([], false, ["The CMS carries no signer certificate."]);
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        if (at is { } time) chain.ChainPolicy.VerificationTime = time.UtcDateTime;
        if (roots is { Count: > 0 })
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        }

        var trusted = chain.Build(certificate);
        var subjects = chain.ChainElements.Select(e => e.Certificate.Subject).ToList();
        var problems = chain.ChainStatus.Select(s => $"{s.Status}: {s.StatusInformation.Trim()}").ToList();
        return (subjects, trusted, problems);
    }

    /// <summary>PAdES-B needs signing-certificate-v2 naming the signer's certificate, so it cannot be swapped for another with the same key.</summary>
    private static bool BindsCertificate(SignerInfo signer, X509Certificate2 certificate)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>()
            .FirstOrDefault(a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47");
        if (attribute is null || attribute.Values.Count == 0) return false;
        try
        {
            var reader = new System.Formats.Asn1.AsnReader(attribute.Values[0].RawData, System.Formats.Asn1.AsnEncodingRules.DER);
            var first = reader.ReadSequence().ReadSequence().ReadSequence();
            // hashAlgorithm is optional and defaults to SHA-256; only that default is accepted here.
            if (first.PeekTag().TagValue == (int)System.Formats.Asn1.UniversalTagNumber.Sequence) return false;
            return first.ReadOctetString().AsSpan().SequenceEqual(SHA256.HashData(certificate.RawData));
        }
        catch (System.Formats.Asn1.AsnContentException)
        {
            return false;
        }
    }

    /// <summary>The signature dictionary around a /ByteRange: from the nearest "obj" before it to the next "endobj".</summary>
    private static string Dictionary(string text, int at)
    {
        var start = text.LastIndexOf(" obj", at, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        return start < 0 || end < 0 ? string.Empty : text[start..end];
    }

    /// <summary>/Contents is zero-padded; SignedCms wants exactly the DER object, whose length its header states.</summary>
    private static byte[] TrimDer(byte[] padded)
    {
        if (padded.Length < 2 || padded[0] != 0x30) return padded;
        int length, header;
        if (padded[1] < 0x80)
        {
            (length, header) = (padded[1], 2);
        }
        else
        {
            var count = padded[1] & 0x7F;
            length = 0;
            for (var i = 0; i < count; i++) length = (length << 8) | padded[2 + i];
            header = 2 + count;
        }

        return header + length <= padded.Length ? padded[..(header + length)] : padded;
    }

    internal static DateTimeOffset? ParsePdfDate(string value)
    {
        var m = PdfDatePattern().Match(value);
        if (!m.Success) return null;
        int Part(int group, int fallback) => m.Groups[group].Success && m.Groups[group].Length > 0 ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = m.Groups[7].Value switch
        {
            "+" => new TimeSpan(Part(8, 0), Part(9, 0), 0),
            "-" => -new TimeSpan(Part(8, 0), Part(9, 0), 0),
            _ => TimeSpan.Zero,
        };
        return new DateTimeOffset(Part(1, 1), Part(2, 1), Part(3, 1), Part(4, 0), Part(5, 0), Part(6, 0), offset);
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();

    [GeneratedRegex(@"/SubFilter\s*/([A-Za-z0-9.#_-]+)")]
    private static partial Regex SubFilterPattern();

    [GeneratedRegex(@"/M\s*\(([^)]*)\)")]
    private static partial Regex SigningTimePattern();

    [GeneratedRegex(@"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?")]
    private static partial Regex PdfDatePattern();
}
