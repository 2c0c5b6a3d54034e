namespace Sprout.Domain.Documents.Rendering;

/// <summary>Font sizes (pt) of each part of the page, which differ between the two rulebooks.</summary>
internal sealed record TypeSizes(
    float Header,
    float PartyName,
    float Number,
    float PlaceDate,
    float TypeName,
    float Summary,
    float Body,
    float LetterSummary,
    TextStyle LetterSummaryStyle)
{
    /// <summary>Decree 30/2020/NĐ-CP of 05/3/2020, Appendix I: issuer 12–13, number and date 13, type 13–14, body 13–14.</summary>
    public static TypeSizes State { get; } = new(
        Header: 12.5f, PartyName: 0, Number: 13f, PlaceDate: 13f, TypeName: 14f, Summary: 14f, Body: 13f,
        LetterSummary: 12f, LetterSummaryStyle: TextStyle.Regular);

    /// <summary>
    /// Hướng dẫn 36-HD/VPTW of 03/4/2018 (thể thức văn bản của Đảng): "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold, issuing body 14,
    /// number 14, place and date 14 italic, type name 15–16 bold, summary 14–15 bold, body 14–15, an official letter's
    /// summary 12 italic. Where the guide gives a range Sprout takes the size that keeps a one-page notice on one page.
    /// </summary>
    public static TypeSizes Party { get; } = new(
        Header: 14f, PartyName: 15f, Number: 14f, PlaceDate: 14f, TypeName: 16f, Summary: 15f, Body: 14f,
        LetterSummary: 12f, LetterSummaryStyle: TextStyle.Italic);

    public static TypeSizes For(DocumentKind kind) => kind == DocumentKind.Party ? Party : State;
}
