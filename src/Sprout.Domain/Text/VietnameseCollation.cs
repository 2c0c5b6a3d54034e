using System.Globalization;
using System.Text;

namespace Sprout.Domain.Text;

/// <summary>
/// Orders text by the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
/// letters first, tone marks only as a tie-breaker (none, huyền, hỏi, ngã, sắc, nặng), as school lists do.
/// </summary>
public static class VietnameseCollation
{
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    // Tone order used by Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
    private static readonly Dictionary<char, int> ToneRank = new()
    {
        ['\u0300'] = 1, // huyền
        ['\u0309'] = 2, // hỏi
        ['\u0303'] = 3, // ngã
        ['\u0301'] = 4, // sắc
        ['\u0323'] = 5, // nặng
    };

    public static StringComparer Comparer { get; } = new VietnameseStringComparer();

    /// <summary>Primary key: letters mapped to their alphabet rank; secondary key: tones.</summary>
    public static (string Letters, string Tones) SortKey(string? text)
    {
        var letters = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var ch in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (ToneRank.TryGetValue(ch, out var tone))
            {
                if (tones.Length > 0)
                {
                    tones[^1] = (char)('0' + tone);
                }
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                // Breve, circumflex and horn make distinct letters: fold them into the previous letter.
                if (letters.Length > 0)
                {
                    letters[^1] = Modify(letters[^1], ch);
                }
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            var rank = Alphabet.IndexOf(lower == 'đ' ? 'đ' : lower, StringComparison.Ordinal);
            letters.Append(rank >= 0 ? (char)('\u0100' + rank) : lower);
            tones.Append('0');
        }

        return (letters.ToString(), tones.ToString());
    }

    private static char Modify(char encodedLetter, char mark)
    {
        var baseLetter = encodedLetter >= '\u0100' ? Alphabet[encodedLetter - '\u0100'] : encodedLetter;
        var modified = (baseLetter, mark) switch
        {
            ('a', '\u0306') => 'ă',
            ('a', '\u0302') => 'â',
            ('e', '\u0302') => 'ê',
            ('o', '\u0302') => 'ô',
            ('o', '\u031B') => 'ơ',
            ('u', '\u031B') => 'ư',
            _ => baseLetter,
        };
        var rank = Alphabet.IndexOf(modified, StringComparison.Ordinal);
        return rank >= 0 ? (char)('\u0100' + rank) : encodedLetter;
    }

    public static int Compare(string? x, string? y)
    {
        var (lx, tx) = SortKey(x);
        var (ly, ty) = SortKey(y);
        var byLetters = string.CompareOrdinal(lx, ly);
        return byLetters != 0 ? byLetters : string.CompareOrdinal(tx, ty);
    }

    private sealed class VietnameseStringComparer : StringComparer
    {
        public override int Compare(string? x, string? y) => VietnameseCollation.Compare(x, y);

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj)
        {
            var (letters, tones) = SortKey(obj);
            return HashCode.Combine(string.GetHashCode(letters, StringComparison.Ordinal), string.GetHashCode(tones, StringComparison.Ordinal));
        }
    }
}
