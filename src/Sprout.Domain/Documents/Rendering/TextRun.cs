namespace Sprout.Domain.Documents.Rendering;

/// <summary>A stretch of text in one style; paragraphs are lists of these.</summary>
internal readonly record struct TextRun(string Text, TextStyle Style);

internal enum Alignment
{
    Left,
    Center,
    Right,
    Justify,
}
