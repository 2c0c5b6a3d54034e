namespace Sprout.Domain.Documents.Rendering;

/// <summary>Greedy word wrapping over styled runs, with justification that stretches only the gaps between words.</summary>
internal sealed class ParagraphLayout
{
    /// <summary>Liberation Serif's ascent is 0.891 em; a little more keeps accents on capitals (Ễ, Ộ) clear of the line above.</summary>
    private const float BaselineRatio = 0.95f;

    private readonly PageWriter writer;

    public ParagraphLayout(PageWriter writer, float size, float lineSpacing = 1.2f)
    {
        this.writer = writer;
        Size = size;
        LineHeight = size * lineSpacing;
    }

    public float Size { get; }

    public float LineHeight { get; }

    /// <summary>Breaks the runs into lines no wider than <paramref name="width"/>; the first line may be indented.</summary>
    public IReadOnlyList<Line> Break(IEnumerable<TextRun> runs, float width, float firstIndent = 0)
    {
        var lines = new List<Line>();
        var current = new List<Group>();
        var used = 0f;
        var space = writer.Measure(" ", TextStyle.Regular, Size);
        float Available() => width - (lines.Count == 0 ? firstIndent : 0);

        void Finish(bool hard)
        {
            lines.Add(new Line(current, lines.Count == 0 ? firstIndent : 0, hard, space));
            current = [];
            used = 0;
        }

        foreach (var group in Groups(runs))
        {
            if (group.HardBreakBefore) Finish(hard: true);
            if (group.Pieces.Count == 0) continue;
            var needed = current.Count == 0 ? group.Width : used + space + group.Width;
            if (current.Count > 0 && needed > Available())
            {
                Finish(hard: false);
                needed = group.Width;
            }

            current.Add(group);
            used = needed;
        }

        Finish(hard: true);
        if (lines.Count > 1 && lines[^1].Groups.Count == 0 && !lines[^2].HardEnd) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Writes lines at the cursor, starting a new page whenever a line would cross the bottom margin.</summary>
    public void Flow(IReadOnlyList<Line> lines, float x, float width, Alignment alignment)
    {
        foreach (var line in lines)
        {
            writer.EnsureRoom(LineHeight);
            DrawLine(line, x, writer.Y, width, alignment);
            writer.Y += LineHeight;
        }
    }

    /// <summary>Writes lines at a fixed position (header columns) and returns the y below the last one.</summary>
    public float DrawAt(IReadOnlyList<Line> lines, float x, float top, float width, Alignment alignment)
    {
        foreach (var line in lines)
        {
            DrawLine(line, x, top, width, alignment);
            top += LineHeight;
        }

        return top;
    }

    private void DrawLine(Line line, float x, float top, float width, Alignment alignment)
    {
        var baseline = top + (Size * BaselineRatio);
        var available = width - line.Indent;
        var gap = line.Space;
        var start = x + line.Indent;
        switch (alignment)
        {
            case Alignment.Center: start += (available - line.NaturalWidth) / 2; break;
            case Alignment.Right: start += available - line.NaturalWidth; break;
            case Alignment.Justify when !line.HardEnd && line.Groups.Count > 1:
                gap += (available - line.NaturalWidth) / (line.Groups.Count - 1);
                break;
        }

        var cursor = start;
        foreach (var group in line.Groups)
        {
            foreach (var piece in group.Pieces)
            {
                writer.DrawText(piece.Text, cursor, baseline, piece.Style, Size);
                cursor += piece.Width;
            }

            cursor += gap;
        }
    }

    /// <summary>Words glued across style changes ("**Điều 1**." stays one unit) so a line never breaks inside them.</summary>
    private List<Group> Groups(IEnumerable<TextRun> runs)
    {
        var groups = new List<Group>();
        var pieces = new List<Piece>();
        var pendingBreak = false;
        var nextBreak = false;

        void Close()
        {
            if (pieces.Count > 0 || pendingBreak) groups.Add(new Group(pieces, pendingBreak));
            pieces = [];
            pendingBreak = nextBreak;
            nextBreak = false;
        }

        foreach (var run in runs)
        {
            var word = new System.Text.StringBuilder();
            foreach (var ch in run.Text)
            {
                if (ch == '\n' || char.IsWhiteSpace(ch))
                {
                    if (word.Length > 0) pieces.Add(Measure(word.ToString(), run.Style));
                    word.Clear();
                    if (ch == '\n') nextBreak = true;
                    Close();
                }
                else
                {
                    word.Append(ch);
                }
            }

            if (word.Length > 0) pieces.Add(Measure(word.ToString(), run.Style));
        }

        Close();
        if (pendingBreak) groups.Add(new Group([], true));
        return groups;
    }

    private Piece Measure(string text, TextStyle style) => new(text, style, writer.Measure(text, style, Size));

    internal sealed record Piece(string Text, TextStyle Style, float Width);

    internal sealed record Group(IReadOnlyList<Piece> Pieces, bool HardBreakBefore)
    {
        public float Width { get; } = Pieces.Sum(p => p.Width);
    }

    internal sealed record Line(IReadOnlyList<Group> Groups, float Indent, bool HardEnd, float Space)
    {
        public float NaturalWidth { get; } = Groups.Sum(g => g.Width) + (Math.Max(0, Groups.Count - 1) * Space);
    }
}
