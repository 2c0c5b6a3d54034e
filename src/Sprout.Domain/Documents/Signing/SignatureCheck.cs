namespace Sprout.Domain.Documents.Signing;

/// <summary>Answer (a): whether the bytes the signature covers are the ones that were signed.</summary>
public enum SignatureStatus
{
    /// <summary>The CMS verifies and its byte range covers the whole file.</summary>
    Valid,

    /// <summary>The CMS verifies over its range, but bytes were added after it (a later signature or an edit).</summary>
    ValidButDocumentChangedAfterSigning,

    /// <summary>The signed bytes were altered, or the signature cannot be read.</summary>
    Broken,
}

/// <summary>Answer (b): whether the signer's certificate chains to a root the verifier trusts and was valid when signing.</summary>
public enum SignatureTrust
{
    /// <summary>The chain ends at a root of the trust list and every certificate was valid at the signing time.</summary>
    Trusted,

    /// <summary>Self-signed, or issued by a CA that is not in the trust list: anyone can make such a certificate.</summary>
    UnknownIssuer,

    /// <summary>The chain reaches a trusted root, but a certificate was not yet or no longer valid at the signing time.</summary>
    NotValidAtSigningTime,

    /// <summary>The chain is broken (a bad issuer signature, a certificate not allowed to sign documents or to issue).</summary>
    InvalidChain,

    /// <summary>The CMS carries no signer certificate.</summary>
    NoCertificate,
}

/// <summary>What a verifier learns about one signature in a PDF, in file order.</summary>
public sealed record SignatureCheck
{
    /// <summary>Answer (a): integrity of the signed bytes.</summary>
    public required SignatureStatus Status { get; init; }

    /// <summary>Answer (b): the certificate chain against the trust list, at the signing time.</summary>
    public SignatureTrust Trust { get; init; } = SignatureTrust.NoCertificate;

    /// <summary>Only this is a signature to show as valid: unchanged since signing and a trusted, then-valid certificate.</summary>
    public bool IsValid => Status == SignatureStatus.Valid && Trust == SignatureTrust.Trusted;

    /// <summary>Answer (c): who signed, as the certificate names them.</summary>
    public string SignerSubject { get; init; } = string.Empty;

    public string SignerName { get; init; } = string.Empty;

    /// <summary>The common name of the certificate's issuer.</summary>
    public string IssuerName { get; init; } = string.Empty;

    public DateTimeOffset? CertificateNotBefore { get; init; }

    public DateTimeOffset? CertificateNotAfter { get; init; }

    /// <summary>Issued by a demo CA (<see cref="DemoCertificateAuthority"/>): a test signature, whatever else holds.</summary>
    public bool Demo { get; init; }

    /// <summary>The claimed time from /M (PAdES keeps it out of the CMS); without a timestamp token it is the signer's word.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The signature dictionary's /Reason, e.g. which approved version was signed.</summary>
    public string? Reason { get; init; }

    public bool CryptographicallyValid { get; init; }

    public bool CoversWholeDocument { get; init; }

    /// <summary>The CMS carries a signing-certificate-v2 attribute matching the signer's certificate (PAdES baseline B).</summary>
    public bool SigningCertificateBound { get; init; }

    /// <summary>True when a later signature covers the whole file, i.e. the changes after this one were at least signed.</summary>
    public bool FollowedBySignature { get; init; }

    public IReadOnlyList<long> ByteRange { get; init; } = [];

    public string SubFilter { get; init; } = string.Empty;

    /// <summary>Subjects from the signer up to the last certificate found, signer first.</summary>
    public IReadOnlyList<string> CertificateChain { get; init; } = [];

    /// <summary>Whether the chain ends at a root of the trust list given to the verifier (never the system store).</summary>
    public bool ChainTrusted { get; init; }

    public IReadOnlyList<string> ChainProblems { get; init; } = [];

    /// <summary>Why the signature is broken, when it is.</summary>
    public string? Problem { get; init; }
}

/// <summary>The verifier's whole answer for one file: either an unreadable file, or its signatures (possibly none).</summary>
public sealed record PdfVerification
{
    /// <summary>Set when the file is not a readable signed PDF (bad numbers, spans outside the file, bad DER, bad dates…): in Vietnamese.</summary>
    public string? InvalidFile { get; init; }

    public IReadOnlyList<SignatureCheck> Signatures { get; init; } = [];

    public static PdfVerification Invalid(string reason) => new() { InvalidFile = reason };
}
