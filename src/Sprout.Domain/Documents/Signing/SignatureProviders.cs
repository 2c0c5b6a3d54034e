using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Whatever holds the private key: a PKCS#12 file here, a CA's remote-signing service or a USB token later.</summary>
/// <remarks>Only a digest ever leaves Sprout, which is what remote-signing APIs accept.</remarks>
public interface ISignatureProvider
{
    /// <summary>The signer's certificate (public part is enough).</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>Issuer certificates to embed so that verifiers can build the chain.</summary>
    IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>Signs a precomputed digest with RSASSA-PKCS1-v1_5 and returns the raw signature.</summary>
    byte[] SignDigest(byte[] digest, HashAlgorithmName hashAlgorithm);
}

/// <summary>Produces the detached CMS that goes into a PDF signature's /Contents.</summary>
public interface ICmsSigner
{
    X509Certificate2 Certificate { get; }

    /// <summary>A DER-encoded detached CMS SignedData over <paramref name="signedContent"/>.</summary>
    byte[] SignCms(byte[] signedContent);
}

/// <summary>A signer whose certificate and private key are loaded locally, typically from PKCS#12.</summary>
public sealed class Pkcs12SignatureProvider : ISignatureProvider
{
    private readonly RSA key;

    public Pkcs12SignatureProvider(X509Certificate2 certificateWithKey, IEnumerable<X509Certificate2>? chain = null)
    {
        ArgumentNullException.ThrowIfNull(certificateWithKey);
        Certificate = certificateWithKey;
        key = certificateWithKey.GetRSAPrivateKey()
            ?? throw new ArgumentException("The certificate needs an RSA private key.", nameof(certificateWithKey));
        Chain = chain?.Where(c => c.Thumbprint != certificateWithKey.Thumbprint).ToList() ?? [];
    }

    public X509Certificate2 Certificate { get; }

    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>Loads the signer and its chain from PKCS#12 bytes; the certificate with a private key is the signer.</summary>
    public static Pkcs12SignatureProvider FromPkcs12(byte[] pkcs12, string? password)
    {
        var all = X509CertificateLoader.LoadPkcs12Collection(pkcs12, password);
        var signer = all.FirstOrDefault(c => c.HasPrivateKey)
            ?? throw new ArgumentException("The PKCS#12 file holds no private key.", nameof(pkcs12));
        return new Pkcs12SignatureProvider(signer, all);
    }

    public byte[] SignDigest(byte[] digest, HashAlgorithmName hashAlgorithm) =>
        key.SignHash(digest, hashAlgorithm, RSASignaturePadding.Pkcs1);
}
