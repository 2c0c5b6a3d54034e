namespace Sprout.Domain.Documents.Signing;

public enum SignaturePage
{
    First,
    Last,
}

/// <summary>Where a visible signature stamp goes, in PDF points from the page's bottom-left corner.</summary>
public sealed record SignatureAppearance(SignaturePage Page, float X, float Y, float Width = 170, float Height = 48)
{
    /// <summary>Top-left of the first page: where an organisation's signature goes on scanned copies.</summary>
    public static SignatureAppearance Organisation { get; } = new(SignaturePage.First, 40, 842 - 40 - 48);

    /// <summary>Lower right of the last page, near the signature block.</summary>
    public static SignatureAppearance Signer { get; } = new(SignaturePage.Last, 595 - 42 - 170, 60);

    /// <summary>Extra text under the signer's name, e.g. the position.</summary>
    public string? Caption { get; init; }
}
