namespace Sprout.Domain.Documents.Signing;

public enum SignatureStatus
{
    /// <summary>The CMS verifies and its byte range covers the whole file.</summary>
    Valid,

    /// <summary>The CMS verifies over its range, but bytes were added after it (a later signature or an edit).</summary>
    ValidButDocumentChangedAfterSigning,

    /// <summary>The signed bytes were altered, or the signature cannot be read.</summary>
    Broken,
}

/// <summary>What a verifier learns about one signature in a PDF, in file order.</summary>
public sealed record SignatureCheck
{
    public required SignatureStatus Status { get; init; }

    public string SignerSubject { get; init; } = string.Empty;

    public string SignerName { get; init; } = string.Empty;

    /// <summary>The claimed time from /M (PAdES keeps it out of the CMS).</summary>
    public DateTimeOffset? SigningTime { get; init; }

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

    /// <summary>Whether the chain ends at a trusted root (the system store, or the roots passed to the verifier).</summary>
    public bool ChainTrusted { get; init; }

    public IReadOnlyList<string> ChainProblems { get; init; } = [];

    /// <summary>Why the signature is broken, when it is.</summary>
    public string? Problem { get; init; }
}
