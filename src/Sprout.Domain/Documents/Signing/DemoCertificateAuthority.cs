using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sprout.Domain.Documents.Signing;

/// <summary>
/// A school's own CA. As a demo CA ("… Demo CA") it lets the demo and tests sign without a licensed provider, and every
/// verifier labels its signatures "chữ ký thử nghiệm"; as the school CA an admin creates, its root is what verifiers add
/// to their trust list. Neither is a licensed CA under Decree 130/2018/NĐ-CP (27/09/2018) or Decree 23/2025/NĐ-CP (21/02/2025).
/// </summary>
public sealed class DemoCertificateAuthority : IDisposable
{
    /// <summary>What a demo CA's common name ends with; how verifiers tell a test signature.</summary>
    public const string DemoSuffix = " Demo CA";

    private DemoCertificateAuthority(X509Certificate2 root) => Certificate = root;

    /// <summary>A CA kept elsewhere (e.g. the school CA stored encrypted), with its private key.</summary>
    public static DemoCertificateAuthority FromCertificate(X509Certificate2 rootWithKey)
    {
        ArgumentNullException.ThrowIfNull(rootWithKey);
        if (!rootWithKey.HasPrivateKey) throw new ArgumentException("The CA certificate needs its private key.", nameof(rootWithKey));
        return new DemoCertificateAuthority(rootWithKey);
    }

    /// <summary>Whether a certificate was issued by (or is) a demo CA.</summary>
    public static bool IsDemo(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: true).EndsWith(DemoSuffix, StringComparison.Ordinal)
            || certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false).EndsWith(DemoSuffix, StringComparison.Ordinal);
    }

    /// <summary>The self-signed root, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    public static DemoCertificateAuthority Create(string schoolName, DateTimeOffset now, int keySize = 3072, bool demo = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schoolName);
        using var key = RSA.Create(keySize);
        var request = new CertificateRequest(Name(schoolName + (demo ? DemoSuffix : " CA"), schoolName), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return new DemoCertificateAuthority(request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10)));
    }

    /// <summary>Issues a document-signing certificate (digitalSignature + nonRepudiation) with its private key attached.</summary>
    public X509Certificate2 IssueSigner(string signerName, DateTimeOffset now, int keySize = 2048, int validYears = 2)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        if (keySize is not (2048 or 3072 or 4096)) throw new ArgumentOutOfRangeException(nameof(keySize), keySize, "Use RSA 2048, 3072 or 4096.");
        using var key = RSA.Create(keySize);
        var organisation = Certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .FirstOrDefault(n => n.GetSingleElementType().Value == "2.5.4.10")?.GetSingleElementValue() ?? "Sprout";
        var request = new CertificateRequest(Name(signerName, organisation), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        var notAfter = now.AddYears(validYears) < Certificate.NotAfter ? now.AddYears(validYears) : new DateTimeOffset(Certificate.NotAfter);
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive INTEGER, as RFC 5280 requires
        using var issued = request.Create(Certificate, now.AddMinutes(-5), notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>Exports the signer with its key and this CA's certificate (without the CA key) as PKCS#12.</summary>
    public byte[] ExportPkcs12(X509Certificate2 signer, string password)
    {
        ArgumentNullException.ThrowIfNull(signer);
        using var publicRoot = X509CertificateLoader.LoadCertificate(Certificate.RawData);
        var collection = new X509Certificate2Collection { signer, publicRoot };
        return collection.Export(X509ContentType.Pkcs12, password)
            ?? throw new CryptographicException("PKCS#12 export produced nothing.");
    }

    public void Dispose() => Certificate.Dispose();

    private static X500DistinguishedName Name(string commonName, string organisation)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName(organisation);
        builder.AddCountryOrRegion("VN");
        return builder.Build();
    }
}
