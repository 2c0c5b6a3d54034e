using Sprout.Domain.Documents.Search;

namespace Sprout.Domain.Tests.Documents;

public class SearchTermsTests
{
    [Fact]
    public void Typed_words_are_folded_split_on_anything_but_letters_and_digits_and_the_last_is_a_prefix()
    {
        var terms = SearchTerms.Parse("  Kế hoạch \"chuyển\" ĐỔI-số; d ");

        Assert.Equal(["ke", "hoach", "chuyen", "doi", "so", "d"], terms.Words);
        Assert.Equal("\"ke\" \"hoach\" \"chuyen\" \"doi\" \"so\" \"d\"*", terms.ToFts5Match());
        Assert.Equal("ke & hoach & chuyen & doi & so & d:*", terms.ToTsQuery());
        Assert.Equal("ke | hoach | chuyen | doi | so | d:*", terms.ToTsRankQuery());
    }

    [Fact]
    public void Operators_and_quotes_never_reach_the_query_and_the_word_count_is_bounded()
    {
        Assert.True(SearchTerms.Parse(" & | ! ( ) :* \" ' -- ").IsEmpty);
        Assert.Equal(["d", "or", "x"], SearchTerms.Parse("đ* OR -x").Words); // FTS5 and tsquery operators are plain words here
        Assert.Equal(12, SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => $"w{i}"))).Words.Count);
    }

    [Theory]
    [InlineData("Số: 12/KH-MNĐTVH", "so 12 kh mndtvh")]
    [InlineData("Số 05-KH/CB ngày 03/9/2025", "so 05 kh cb ngay 03 9 2025")]
    [InlineData("Trần Văn Đức\nHIỆU TRƯỞNG", "tran van duc hieu truong")]
    [InlineData("", "")]
    public void The_indexed_text_is_split_into_the_same_words_a_search_is(string text, string indexed)
    {
        Assert.Equal(indexed, SearchTerms.IndexText(text));
        Assert.Equal(SearchTerms.Parse(text).Words.Take(12), SearchTerms.IndexText(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12));
    }
}
