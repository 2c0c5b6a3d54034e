using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Sprout.Domain.Documents.Signing;

/// <summary>Builds the CAdES-detached CMS required by PAdES baseline B: SHA-256 and the signing-certificate-v2 attribute.</summary>
/// <remarks>No CMS signing-time attribute: PAdES puts the claimed time in the signature dictionary's /M instead.</remarks>
public sealed class PadesCmsSigner(ISignatureProvider provider) : ICmsSigner
{
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    public X509Certificate2 Certificate => provider.Certificate;

    public byte[] SignCms(byte[] signedContent)
    {
        var cms = new SignedCms(new ContentInfo(signedContent), detached: true);
        using var key = new RemoteKeyRsa(provider);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, provider.Certificate, key)
        {
            DigestAlgorithm = new Oid(Sha256Oid),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(provider.Chain.ToArray());
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(provider.Certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with SHA-256 (the default, so omitted) and IssuerSerial.</summary>
    internal static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }

                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }
}
