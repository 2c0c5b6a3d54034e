namespace Sprout.Domain.Documents.Signing;

public enum SignaturePage
{
    First,
    Last,
}

/// <summary>Where a visible signature stamp goes, in PDF points from the page's bottom-left corner.</summary>
public sealed record SignatureAppearance(SignaturePage Page, float X, float Y, float Width = 170, float Height = 48)
{
    /// <summary>Top-left of the first page: where an organisation's signature goes on attachments and scanned copies.</summary>
    public static SignatureAppearance Organisation { get; } = new(SignaturePage.First, 40, 842 - 40 - 48) { Seal = true };

    /// <summary>Lower right of the last page, near the signature block.</summary>
    public static SignatureAppearance Signer { get; } = new(SignaturePage.Last, 595 - 42 - 170, 60);

    /// <summary>Extra text under the signer's name, e.g. the position.</summary>
    public string? Caption { get; init; }

    /// <summary>The organisation's signature (drawn red), as opposed to a person's.</summary>
    public bool Seal { get; init; }

    /// <summary>
    /// The organisation's mark over the left third of the signer's (Decree 30/2020/NĐ-CP, Appendix I), on the same page,
    /// kept inside the page.
    /// </summary>
    public static SignatureAppearance SealOver(SignatureAppearance signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        const float Width = 170f, Height = 48f;
        var x = Math.Max(20f, signer.X + (signer.Width / 3) - Width);
        var y = signer.Y + ((signer.Height - Height) / 2) - 6f;
        return new SignatureAppearance(signer.Page, x, Math.Max(20f, y), Width, Height) { Seal = true };
    }
}
