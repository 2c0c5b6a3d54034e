using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Documents.Rendering;

/// <summary>A rendered PDF with the facts a caller needs afterwards.</summary>
/// <param name="SignerStamp">The blank space between the signing authority and the signer's name, for a visible signature; null without a signature block.</param>
public sealed record RenderedDocument(byte[] Pdf, int PageCount, SignatureAppearance? SignerStamp);
