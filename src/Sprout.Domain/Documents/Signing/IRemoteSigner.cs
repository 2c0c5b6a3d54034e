using System.Security.Cryptography.X509Certificates;

namespace Sprout.Domain.Documents.Signing;

/// <summary>
/// A remote-signing service (a licensed CA's "ký số từ xa"): Sprout sends the SHA-256 of the bytes a PDF signature covers,
/// the signer approves on their phone or token, and the service returns the detached CMS that goes into /Contents.
/// </summary>
/// <remarks>
/// The contract is in docs/decisions/0130-signature-trust-and-remote-signing.md. No adapter ships: none was tested against
/// a real provider, and a fake one would look like a working integration. An adapter must be checked with
/// <see cref="RemoteSignatureContract.Check"/> before its CMS is written into a file.
/// </remarks>
public interface IRemoteSigner
{
    /// <summary>The provider's name as shown to people, e.g. in error messages.</summary>
    string ProviderName { get; }

    /// <summary>The signer's certificate and its issuers, as the provider holds them for <paramref name="signerId"/>.</summary>
    Task<IReadOnlyList<X509Certificate2>> CertificateChainAsync(string signerId, CancellationToken ct);

    /// <summary>
    /// Signs: <paramref name="request"/> carries only a digest, never the document. Returns a DER-encoded detached CMS
    /// SignedData (CAdES, SHA-256, with signing-certificate-v2 and no content) whose messageDigest is that digest.
    /// Throws <see cref="RemoteSigningException"/> when the signer refuses, times out or the provider fails.
    /// </summary>
    Task<byte[]> SignDigestAsync(RemoteSignRequest request, CancellationToken ct);
}

/// <param name="SignerId">The signer's account at the provider.</param>
/// <param name="Sha256">SHA-256 of the PDF bytes the signature covers (the file without the /Contents hole).</param>
/// <param name="DocumentTitle">What the signer is shown when asked to approve.</param>
/// <param name="Reason">The signature's reason, e.g. the approved version signed.</param>
public sealed record RemoteSignRequest(string SignerId, byte[] Sha256, string DocumentTitle, string Reason);

public sealed class RemoteSigningException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The checks every remote CMS must pass before Sprout writes it into a PDF.</summary>
public static class RemoteSignatureContract
{
    /// <summary>Null when the CMS is a detached SignedData over <paramref name="signedBytes"/> by <paramref name="expectedSigner"/>; otherwise why not.</summary>
    public static string? Check(byte[] cms, byte[] signedBytes, X509Certificate2 expectedSigner)
    {
        ArgumentNullException.ThrowIfNull(cms);
        ArgumentNullException.ThrowIfNull(signedBytes);
        ArgumentNullException.ThrowIfNull(expectedSigner);
        var signed = new System.Security.Cryptography.Pkcs.SignedCms(new System.Security.Cryptography.Pkcs.ContentInfo(signedBytes), detached: true);
        try
        {
            signed.Decode(cms);
            signed.CheckSignature(verifySignatureOnly: true);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            return "The returned CMS does not verify over the signed bytes: " + e.Message;
        }
        if (signed.SignerInfos.Count != 1) return "The returned CMS must carry exactly one signer.";
        if (signed.SignerInfos[0].Certificate?.RawData.AsSpan().SequenceEqual(expectedSigner.RawData) != true) return "The CMS was signed with another certificate.";
        if (signed.SignerInfos[0].DigestAlgorithm.Value != "2.16.840.1.101.3.4.2.1") return "The CMS digest must be SHA-256.";
        return null;
    }
}
