using System.Text;
using Sprout.Domain.Text;

namespace Sprout.Domain.Documents.Search;

/// <summary>
/// What a person typed in a search box, folded like the indexed text (no diacritics, đ → d, lower case)
/// and split into words. Every word must match; the last one also matches as a prefix, so a word still
/// being typed is found ("ke hoach chuyen d" finds "Kế hoạch chuyển đổi số").
/// Only letters and digits survive, so the expressions below never carry a user's operators or quotes.
/// </summary>
public sealed class SearchTerms
{
    private const int MaxWords = 12;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? typed) => new(Split(typed).Take(MaxWords).ToList());

    /// <summary>
    /// The text the index is built from: the same folded words a search is split into, one space apart.
    /// Splitting here rather than in the databases' tokenizers keeps both alike: PostgreSQL's parser would keep
    /// "12/kh-mndtvh" as one file-path token, so a search for the number's parts would miss it.
    /// </summary>
    public static string IndexText(string? text) => string.Join(' ', Split(text));

    private static IEnumerable<string> Split(string? text)
    {
        var word = new StringBuilder();
        foreach (var c in TextFolding.Fold(text) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    /// <summary>An SQLite FTS5 MATCH expression: <c>"ke" "hoach" "chuyen" "d"*</c> (implicit AND).</summary>
    public string ToFts5Match() =>
        string.Join(' ', Words.Select((w, i) => i == Words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));

    /// <summary>A PostgreSQL tsquery for <c>to_tsquery('simple', …)</c>: <c>ke &amp; hoach &amp; chuyen &amp; d:*</c>.</summary>
    public string ToTsQuery() => TsQuery(" & ");

    /// <summary>The same words joined by OR, to rank: a heading with some of the words still ranks above one with none.</summary>
    public string ToTsRankQuery() => TsQuery(" | ");

    private string TsQuery(string op) =>
        string.Join(op, Words.Select((w, i) => i == Words.Count - 1 ? $"{w}:*" : w));
}
