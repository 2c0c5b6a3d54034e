using System.Globalization;
using System.Text.RegularExpressions;

namespace Sprout.Domain.Plan;

/// <summary>The line-by-line state of <see cref="PlanParser"/>: where we are and what has been collected so far.</summary>
internal sealed partial class ParseState
{
    private enum Mode
    {
        Header,
        Body,
        Conclusion,
        Recipients,
    }

    private readonly List<string> titleLines = [];
    private readonly List<PartBuilder> parts = [];
    private readonly List<AssignmentRow> assignments = [];
    private readonly List<string> conclusion = [];
    private readonly List<string> recipients = [];
    private Mode mode = Mode.Header;
    private string? number;
    private string? place;
    private DateOnly? date;
    private string? kind;
    private string? signer;
    private string[]? tableHeader;
    private bool awaitingPartTitle;

    public void Accept(string line)
    {
        switch (mode)
        {
            case Mode.Header:
                Header(line);
                break;
            case Mode.Body:
                Body(line);
                break;
            case Mode.Conclusion:
                if (PlanParser.IsRecipients(line))
                {
                    mode = Mode.Recipients;
                }
                else
                {
                    conclusion.Add(PlanParser.Clean(line));
                }

                break;
            case Mode.Recipients:
                var bullet = PlanParser.Bullet().Match(line);
                if (bullet.Success)
                {
                    recipients.Add(PlanParser.Clean(bullet.Groups[2].Value));
                }
                else
                {
                    // The signer's name is the last plain line; a title such as "BÍ THƯ" above it is overwritten.
                    signer = PlanParser.Clean(line);
                }

                break;
        }
    }

    public PlanDocument Finish()
    {
        if (kind is null)
        {
            throw new FormatException("Không tìm thấy tên loại văn bản (ví dụ “KẾ HOẠCH”) ở đầu kế hoạch.");
        }

        var title = string.Join(' ', titleLines);
        return new PlanDocument
        {
            Number = number,
            Place = place,
            Date = date,
            Kind = kind,
            Title = title,
            Term = PlanParser.TermOf(title),
            Parts = parts.Select(p => p.Build()).ToList(),
            Assignments = assignments,
            Conclusion = conclusion,
            Recipients = recipients,
            Signer = signer,
        };
    }

    private void Header(string line)
    {
        var clean = PlanParser.Clean(line);
        Match m;
        if (kind is null && number is null && (m = PlanParser.NumberLine().Match(clean)).Success)
        {
            number = DashSpaces().Replace(m.Groups[1].Value, "-");
        }
        else if (kind is null && (m = PlanParser.PlaceDateLine().Match(clean)).Success)
        {
            place = m.Groups[1].Value.Trim();
            date = DateOf(m.Groups[4].Value, m.Groups[3].Value, m.Groups[2].Value);
        }
        else if (PlanParser.PartLine().IsMatch(clean)
            || (kind is not null && (PlanParser.RomanHeading().IsMatch(clean) || PlanParser.Bullet().IsMatch(line))))
        {
            mode = Mode.Body;
            Body(line);
        }
        else if (kind is null)
        {
            kind = clean;
        }
        else
        {
            titleLines.Add(clean);
        }
    }

    private void Body(string line)
    {
        var clean = PlanParser.Clean(line);
        Match m;
        if ((m = PlanParser.PartLine().Match(clean)).Success)
        {
            var rest = m.Groups[2].Value.Trim();
            parts.Add(new PartBuilder("PHẦN THỨ " + m.Groups[1].Value, rest));
            awaitingPartTitle = rest.Length == 0;
            return;
        }

        if (awaitingPartTitle)
        {
            parts[^1].Title = clean;
            awaitingPartTitle = false;
            return;
        }

        if (PlanParser.IsConclusion(line))
        {
            mode = Mode.Conclusion;
            return;
        }

        if (PlanParser.IsRecipients(line))
        {
            mode = Mode.Recipients;
            return;
        }

        var part = CurrentPart();
        // A tab after the first word separates table cells; leading tabs only indent a bullet.
        if (line.TrimStart().Contains('\t', StringComparison.Ordinal))
        {
            TableRow(line);
        }
        else if ((m = PlanParser.RomanHeading().Match(clean)).Success)
        {
            part.Open(new SectionBuilder(part.Label, m.Groups[1].Value, m.Groups[2].Value, 1, null));
        }
        else if ((m = PlanParser.ArabicHeading().Match(clean)).Success)
        {
            part.Open(new SectionBuilder(part.Label, m.Groups[1].Value, m.Groups[2].Value, 2, part.CurrentRoman));
        }
        else if ((m = PlanParser.Bullet().Match(line)).Success)
        {
            part.Add(new PlanItem(PlanParser.Clean(m.Groups[2].Value), 1 + IndentDepth(m.Groups[1].Value)));
        }
        else
        {
            part.Add(new PlanItem(clean, 0));
        }
    }

    private void TableRow(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        var plain = cells.Select(c => string.Join(' ', PlanParser.CellParagraphs(c))).ToArray();
        if (tableHeader is null)
        {
            tableHeader = plain;
            return;
        }

        // Word repeats the header row when the table is copied in pieces; a repeat is not a row.
        if (plain.SequenceEqual(tableHeader, StringComparer.Ordinal) || cells.Length < 3)
        {
            return;
        }

        var tasks = cells[1..^1].SelectMany(PlanParser.CellParagraphs).ToList();
        assignments.Add(new AssignmentRow(plain[0], tasks, plain[^1]));
    }

    private PartBuilder CurrentPart()
    {
        if (parts.Count == 0)
        {
            // A plan without "PHẦN THỨ …" lines: one unnamed part holds everything.
            parts.Add(new PartBuilder(string.Empty, string.Empty));
        }

        return parts[^1];
    }

    /// <summary>Two spaces or one tab per nesting level, the way nested lists come out of Word.</summary>
    private static int IndentDepth(string indent) =>
        indent.Count(c => c == '\t') + (indent.Count(c => c == ' ') / 2);

    private static DateOnly? DateOf(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex DashSpaces();

    private sealed class PartBuilder(string label, string title)
    {
        private readonly List<PlanItem> items = [];
        private readonly List<SectionBuilder> sections = [];

        public string Label { get; } = label;

        public string Title { get; set; } = title;

        public string? CurrentRoman => sections.LastOrDefault(s => s.Level == 1)?.Number;

        public void Open(SectionBuilder section) => sections.Add(section);

        public void Add(PlanItem item)
        {
            if (sections.Count > 0)
            {
                sections[^1].Items.Add(item);
            }
            else
            {
                items.Add(item);
            }
        }

        public PlanPart Build() => new(Label, Title, items, sections.Select(s => s.Build()).ToList());
    }

    private sealed class SectionBuilder(string part, string number, string title, int level, string? parent)
    {
        public string Number { get; } = number;

        public int Level { get; } = level;

        public List<PlanItem> Items { get; } = [];

        public PlanSection Build() => new(part, Number, title, Level, Items) { Parent = parent };
    }
}
