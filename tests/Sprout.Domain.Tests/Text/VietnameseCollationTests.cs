using Sprout.Domain.Text;

namespace Sprout.Domain.Tests.Text;

public class VietnameseCollationTests
{
    [Fact]
    public void Letters_follow_the_Vietnamese_alphabet()
    {
        var words = new[] { "đào", "dung", "ân", "an", "ăn", "bình", "ơn", "ôn", "on", "ưu", "uyên", "ê", "em" };
        var sorted = words.OrderBy(w => w, VietnameseCollation.Comparer).ToArray();
        Assert.Equal(new[] { "an", "ăn", "ân", "bình", "dung", "đào", "em", "ê", "on", "ôn", "ơn", "uyên", "ưu" }, sorted);
    }

    [Fact]
    public void Tones_break_ties_in_dictionary_order()
    {
        var words = new[] { "má", "mạ", "mà", "ma", "mã", "mả" };
        var sorted = words.OrderBy(w => w, VietnameseCollation.Comparer).ToArray();
        Assert.Equal(new[] { "ma", "mà", "mả", "mã", "má", "mạ" }, sorted);
    }

    [Fact]
    public void Decomposed_and_composed_forms_compare_equal()
    {
        Assert.Equal(0, VietnameseCollation.Compare("Nguyễn", "Nguyễn".Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void People_sort_by_given_name_then_family_name()
    {
        var names = new[] { "Trần Văn Bình", "Nguyễn Thị An", "Lê Minh Anh", "Đỗ Hoàng An" }.Select(PersonName.Parse);
        var sorted = names.OrderBy(n => n, VietnameseNameComparer.Instance).Select(n => n.FullName).ToArray();
        Assert.Equal(new[] { "Đỗ Hoàng An", "Nguyễn Thị An", "Lê Minh Anh", "Trần Văn Bình" }, sorted);
    }

    [Fact]
    public void Parse_splits_family_middle_and_given_names_and_cleans_spaces()
    {
        var name = PersonName.Parse("  Nguyễn   Thị Minh  Anh ");
        Assert.Equal(new PersonName("Nguyễn", "Thị Minh", "Anh"), name);
        Assert.Equal("Nguyễn Thị Minh Anh", name.FullName);
    }
}
