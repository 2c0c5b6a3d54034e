using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sprout.Domain.Documents.Signing;

/// <summary>An RSA key whose private operation is delegated to an <see cref="ISignatureProvider"/>.</summary>
/// <remarks>SignedCms only accepts an <see cref="AsymmetricAlgorithm"/>; this adapter lets it drive a key it never sees.</remarks>
internal sealed class RemoteKeyRsa : RSA
{
    private readonly ISignatureProvider provider;
    private readonly RSA publicKey;

    public RemoteKeyRsa(ISignatureProvider provider)
    {
        this.provider = provider;
        publicKey = provider.Certificate.GetRSAPublicKey()
            ?? throw new NotSupportedException("Only RSA signing certificates are supported.");
        KeySizeValue = publicKey.KeySize;
        LegalKeySizesValue = [new KeySizes(publicKey.KeySize, publicKey.KeySize, 0)];
    }

    public override RSAParameters ExportParameters(bool includePrivateParameters) =>
        includePrivateParameters
            ? throw new CryptographicException("The private key stays with the signature provider.")
            : publicKey.ExportParameters(false);

    public override void ImportParameters(RSAParameters parameters) =>
        throw new NotSupportedException("A remote key cannot be replaced.");

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding)
    {
        if (padding != RSASignaturePadding.Pkcs1) throw new CryptographicException("Only PKCS#1 v1.5 signatures are delegated.");
        return provider.SignDigest(hash, hashAlgorithm);
    }

    public override bool VerifyHash(byte[] hash, byte[] signature, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        publicKey.VerifyHash(hash, signature, hashAlgorithm, padding);

    protected override void Dispose(bool disposing)
    {
        if (disposing) publicKey.Dispose();
        base.Dispose(disposing);
    }
}
