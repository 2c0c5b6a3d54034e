namespace Sprout.Domain.Documents;

/// <summary>An administrative or Party document ready to be laid out on A4.</summary>
public sealed record OfficialDocument
{
    public DocumentKind Kind { get; init; } = DocumentKind.Administrative;

    public DocumentType Type { get; init; } = DocumentType.KeHoach;

    /// <summary>The body above the issuer: "UBND PHƯỜNG VIỆT HƯNG" or, for Party documents, "ĐẢNG BỘ PHƯỜNG VIỆT HƯNG".</summary>
    public string? ParentBody { get; init; }

    /// <summary>"TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG" or "CHI BỘ TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG".</summary>
    public required string IssuingBody { get; init; }

    /// <summary>Null while the document is a draft; drafts print "Số:" with a blank.</summary>
    public DocumentNumber? Number { get; init; }

    public required string Place { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The summary (trích yếu): printed under the type name, or as "V/v …" under the number of a công văn.</summary>
    public string? Title { get; init; }

    public string BodyMarkdown { get; init; } = string.Empty;

    public SignatureBlock? Signature { get; init; }

    public IReadOnlyList<string> Recipients { get; init; } = [];
}

/// <summary>The signing authority and the signer, e.g. ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"] and "Nguyễn Thị Lan".</summary>
public sealed record SignatureBlock(IReadOnlyList<string> AuthorityLines, string SignerName);
