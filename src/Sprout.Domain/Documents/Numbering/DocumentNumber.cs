using System.Globalization;

namespace Sprout.Domain.Documents;

/// <summary>The number and symbol (số, ký hiệu) printed under the issuing body.</summary>
/// <param name="UnitAbbreviation">For công văn only: the drafting unit (e.g. "VP"), which takes the place of the type.</param>
public sealed record DocumentNumber(DocumentKind Kind, int Number, DocumentType Type, string IssuerAbbreviation, string? UnitAbbreviation = null)
{
    public int Number { get; init => field = Positive(value); } = Positive(Number);

    /// <summary>Numbers below 10 carry a leading zero in both rulebooks (01 … 09).</summary>
    public string PaddedNumber => Number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The symbol without the number: "KH-MNĐTVH", "MNĐTVH-VP" or, for Party documents, "KH/CB".</summary>
    public string Symbol => Kind switch
    {
        DocumentKind.Party => $"{Type.AbbreviationFor(DocumentKind.Party)}/{IssuerAbbreviation}",
        _ when Type.IsCongVan => string.IsNullOrEmpty(UnitAbbreviation) ? IssuerAbbreviation : $"{IssuerAbbreviation}-{UnitAbbreviation}",
        _ => $"{Type.Abbreviation}-{IssuerAbbreviation}",
    };

    /// <summary>The full line: "Số: 12/KH-MNĐTVH", "Số: 12/MNĐTVH-VP" or "Số 05-KH/CB" (Party style has no colon).</summary>
    public string Format() => Kind == DocumentKind.Party
        ? $"Số {PaddedNumber}-{Symbol}"
        : $"Số: {PaddedNumber}/{Symbol}";

    public override string ToString() => Format();

    private static int Positive(int number) => number > 0
        ? number
        : throw new ArgumentOutOfRangeException(nameof(number), number, "Document numbers start at 1.");
}
