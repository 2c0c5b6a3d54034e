using Sprout.Domain.Tabular;

namespace Sprout.Domain.Tests.Tabular;

public class CsvRowsTests
{
    [Fact]
    public void Quoted_cells_keep_their_commas_quotes_and_line_breaks()
    {
        var csv = "\uFEFFcode,name,note\nVN01,\"Cá thu, tươi\",\"nói \"\"ngon\"\"\"\nVN02,\"Rau muống\nluộc\",x\n";
        var rows = CsvRows.Read(new StringReader(csv), TabularLimits.Import).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["code", "name", "note"], rows[0].Cells);
        Assert.Equal(["VN01", "Cá thu, tươi", "nói \"ngon\""], rows[1].Cells);
        Assert.Equal(["VN02", "Rau muống\nluộc", "x"], rows[2].Cells);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void Blank_lines_keep_the_numbers_of_later_rows()
    {
        var rows = CsvRows.Read(new StringReader("a,b\n\n1,2\n"), TabularLimits.Import).ToList();
        Assert.True(rows[1].IsBlank);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void A_file_over_the_row_limit_is_refused_naming_the_limit()
    {
        var limits = new TabularLimits(MaxRows: 10);
        var csv = "a\n" + string.Concat(Enumerable.Repeat("1\n", 11));
        var error = Assert.Throws<TabularLimitException>(() => CsvRows.Read(new StringReader(csv), limits).ToList());
        Assert.Contains("quá 10 dòng", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, CsvRows.Read(new StringReader("a\n" + string.Concat(Enumerable.Repeat("1\n", 10))), limits).Count());
    }

    [Fact]
    public void A_cell_over_the_cell_limit_is_refused_naming_the_limit()
    {
        var csv = "a,b\n1,\"" + new string('x', TabularLimits.Import.MaxCellChars + 1) + "\"\n";
        var error = Assert.Throws<TabularLimitException>(() => CsvRows.Read(new StringReader(csv), TabularLimits.Import).ToList());
        Assert.Contains("ô dài quá 2.000 ký tự", error.Message, StringComparison.Ordinal);
    }
}
