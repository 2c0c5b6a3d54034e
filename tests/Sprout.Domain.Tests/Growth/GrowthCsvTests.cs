using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class GrowthCsvTests
{
    private const string ResultHeader = "clenhei,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,fhc,zac,fac,zts,fts,zss,fss";

    private static string[] Run(string csv)
    {
        using var input = new StringReader(csv);
        using var output = new StringWriter();
        GrowthCsv.Process(input, output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static Dictionary<string, string> Row(string[] lines, int index)
    {
        var header = lines[0].Split(',');
        var cells = lines[index].Split(',');
        return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void Csv_round_trip_echoes_input_and_appends_results()
    {
        var lines = Run(
            "id,sex,age_days,measure,weight,lenhei,headc,armc,triskin,subskin,oedema\n" +
            "a1,1,730,h,12,85,,,,,n\n" +
            "a2,2,400,l,,,,,,,\n");

        Assert.Equal("id,sex,age_days,measure,weight,lenhei,headc,armc,triskin,subskin,oedema," + ResultHeader, lines[0]);
        Assert.StartsWith("a1,1,730,h,12,85,,,,,n,85.7,", lines[1], StringComparison.Ordinal);

        var a1 = Row(lines, 1);
        Assert.Equal("85.7", a1["clenhei"]);
        Assert.Equal("-0.69", a1["zlen"]);
        Assert.Equal("0", a1["flen"]);
        // who2006-weight-for-age.csv "1,730,-0.0136,12.1482,0.11425": −0.107 → −0.11.
        Assert.Equal("-0.11", a1["zwei"]);
        Assert.Equal("0", a1["fwei"]);
        Assert.Equal((12 / (0.857 * 0.857)).ToString("G15", System.Globalization.CultureInfo.InvariantCulture), a1["cbmi"]);
        Assert.Equal("", a1["zhc"]);
        Assert.Equal("", a1["fhc"]);

        var a2 = Row(lines, 2);
        Assert.All(ResultHeader.Split(','), column => Assert.Equal("", a2[column]));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        var lines = Run("LENHEI,Weight,measure,age_days,sex\n85,12,h,730,1\n");

        Assert.Equal("-0.69", Row(lines, 1)["zlen"]);
        Assert.Equal("-0.11", Row(lines, 1)["zwei"]);
    }

    [Fact]
    public void Birth_and_measure_dates_replace_age_in_days()
    {
        // 2022-01-01 to 2024-01-01 is 730 days (2024 is a leap year, but its 29 February is after the visit).
        var iso = Run("id,sex,birth_date,measure_date,measure,lenhei\nx,1,2022-01-01,2024-01-01,h,85\n");
        var vietnamese = Run("id,sex,birth_date,measure_date,measure,lenhei\nx,1,01/01/2022,01/01/2024,h,85\n");

        Assert.Equal("85.7", Row(iso, 1)["clenhei"]);
        Assert.Equal("-0.69", Row(iso, 1)["zlen"]);
        Assert.Equal(iso[1], vietnamese[1].Replace("01/01/2022,01/01/2024", "2022-01-01,2024-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_order_mark_crlf_and_padded_headers_are_accepted()
    {
        var lines = Run("\uFEFF id , sex ,age_days,measure,lenhei\r\nx,1,730,h,85\r\n");

        Assert.Equal("-0.69", Row(lines, 1)["zlen"]);
    }

    [Fact]
    public void Oedema_and_sex_codes_follow_anthro()
    {
        var lines = Run("sex,age_days,weight,oedema\nM,730,12,Y\nf,730,12,n\n,730,12,\n");

        Assert.Equal("", Row(lines, 1)["zwei"]);
        Assert.NotEqual("", Row(lines, 2)["zwei"]);
        Assert.Equal("", Row(lines, 3)["zwei"]);
    }

    [Fact]
    public void Quoted_cells_and_blank_lines_survive()
    {
        var lines = Run("id,sex,age_days,weight\n\"Lê, An\",1,730,12\n\n\"say \"\"hi\"\"\",2,730,11\n");

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"Lê, An\",1,730,12,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"say \"\"hi\"\"\",2,730,11,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Processing_an_output_file_again_gives_the_same_file()
    {
        var once = Run("id,sex,age_days,measure,weight,lenhei\na,1,730,h,12,85\n");
        var twice = Run(string.Join('\n', once) + "\n");

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Non_numeric_value_names_row_and_column_in_vietnamese()
    {
        var e = Assert.Throws<GrowthInputException>(() => Run(
            "id,sex,age_days,weight\na,1,100,5\nb,1,100,5\nc,2,100,5\nd,2,100,abc\n"));

        Assert.Equal("Dòng 5, cột weight: giá trị \"abc\" không phải là số.", e.Message);
        Assert.Equal(5, e.RowNumber);
        Assert.Equal("weight", e.Column);
    }

    [Fact]
    public void Unknown_sex_code_is_rejected()
    {
        var e = Assert.Throws<GrowthInputException>(() => Run("sex,age_days,weight\n3,100,5\n"));
        Assert.Equal("Dòng 2, cột sex: giá trị \"3\" không phải là mã giới tính hợp lệ (1 hoặc m là nam, 2 hoặc f là nữ).", e.Message);
    }

    [Fact]
    public void Missing_required_columns_are_named()
    {
        var noSex = Assert.Throws<GrowthInputException>(() => Run("id,age_days,weight\na,100,5\n"));
        Assert.Equal("Dòng 1, cột sex: thiếu cột bắt buộc trong dòng tiêu đề.", noSex.Message);

        var noAge = Assert.Throws<GrowthInputException>(() => Run("id,sex,birth_date,weight\na,1,2020-01-01,5\n"));
        Assert.StartsWith("Dòng 1, cột measure_date: thiếu cột tuổi", noAge.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sex,age_days,weight\n1,-3,5\n", "Dòng 2, cột age_days: tuổi \"-3\" không được âm.")]
    [InlineData("sex,age_days,weight\n1,10,0\n", "Dòng 2, cột weight: giá trị \"0\" phải lớn hơn 0.")]
    [InlineData("sex,age_days,measure,weight\n1,10,s,5\n", "Dòng 2, cột measure: giá trị \"s\" không hợp lệ (l là đo nằm, h là đo đứng).")]
    [InlineData("sex,birth_date,measure_date,weight\n1,2020-13-01,2021-01-01,5\n", "Dòng 2, cột birth_date: giá trị \"2020-13-01\" không phải là ngày hợp lệ (yyyy-MM-dd hoặc dd/MM/yyyy).")]
    [InlineData("sex,birth_date,measure_date,weight\n1,2021-01-02,2021-01-01,5\n", "Dòng 2, cột measure_date: ngày đo \"2021-01-01\" trước ngày sinh \"2021-01-02\".")]
    [InlineData("sex,age_days,weight\n1,10,NaN\n", "Dòng 2, cột weight: giá trị \"NaN\" không phải là số.")]
    public void Other_bad_values_are_reported_in_vietnamese(string csv, string message)
    {
        Assert.Equal(message, Assert.Throws<GrowthInputException>(() => Run(csv)).Message);
    }

    [Fact]
    public void Rows_from_a_spreadsheet_reader_are_processed_without_csv()
    {
        var written = new List<IReadOnlyList<string>>();
        GrowthCsv.ProcessRows(
            ["sex", "age_days", "measure", "lenhei"],
            [["1", "730", "h", "85"], ["", "", "", ""], ["2", "400", "l"]],
            written.Add);

        Assert.Equal(3, written.Count);
        Assert.Equal(["sex", "age_days", "measure", "lenhei", .. GrowthCsv.ResultColumns], written[0]);
        Assert.Equal("-0.69", written[1][4 + 2]);
        Assert.Equal("", written[2][4]);
    }

    [Fact]
    public void Spreadsheet_rows_are_numbered_from_the_header_row_and_count_blank_rows()
    {
        var e = Assert.Throws<GrowthInputException>(() => GrowthCsv.ProcessRows(
            ["sex", "age_days", "weight"],
            [["1", "730", "12"], ["", "", ""], ["2", "x", "11"]],
            _ => { },
            headerRowNumber: 3));

        Assert.Equal("Dòng 6, cột age_days: giá trị \"x\" không phải là số.", e.Message);
    }
}
