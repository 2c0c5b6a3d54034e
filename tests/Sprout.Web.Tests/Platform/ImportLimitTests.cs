using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Sprout.Domain.Tabular;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Import;

namespace Sprout.Web.Tests.Platform;

/// <summary>The guarded readers against generated bomb files; no host or database needed.</summary>
public class ImportLimitTests
{
    /// <summary>A minimal workbook: the given sheet XML (rows only) as the first sheet, no shared strings.</summary>
    internal static MemoryStream Workbook(Action<TextWriter> writeRows)
    {
        var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Entry("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            sheet.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            writeRows(sheet);
            sheet.Write("</sheetData></worksheet>");
        }
        file.Position = 0;
        return file;
    }

    private static void InlineRow(TextWriter w, int row, params string[] cells)
    {
        w.Write($"<row r=\"{row}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            w.Write($"<c r=\"{GuardedXlsxReader.ColumnName(i)}{row}\" t=\"inlineStr\"><is><t>{cells[i]}</t></is></c>");
        }
        w.Write("</row>");
    }

    [Fact]
    public void A_sheet_saved_by_a_spreadsheet_program_reads_with_dates_numbers_and_text()
    {
        var file = new MemoryStream();
        file.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["Tên"] = "Nguyễn Văn An", ["Ngày sinh"] = new DateTime(2021, 3, 4), ["Cân nặng"] = 15.5, ["Ghi chú"] = null },
            new Dictionary<string, object?> { ["Tên"] = "Lê Thị Bình, lớp A", ["Ngày sinh"] = new DateTime(2020, 12, 31), ["Cân nặng"] = 16d, ["Ghi chú"] = "dị ứng \"tôm\"" },
        }, excelType: ExcelType.XLSX);
        file.Position = 0;
        var rows = GuardedXlsxReader.Read(file, TabularLimits.Import).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Tên", "Ngày sinh", "Cân nặng", "Ghi chú"], rows[0].Cells);
        Assert.Equal("Nguyễn Văn An", rows[1][0]);
        Assert.Equal(new DateTime(2021, 3, 4), rows[1][1]);
        Assert.Equal(15.5, rows[1][2]);
        Assert.Equal("Lê Thị Bình, lớp A", rows[2][0]);
        Assert.Equal("dị ứng \"tôm\"", rows[2][3]);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void A_cell_over_the_cell_limit_is_refused_naming_row_column_and_limit()
    {
        using var file = Workbook(w =>
        {
            InlineRow(w, 1, "Mã", "Chỉ số");
            InlineRow(w, 2, "A", new string('x', TabularLimits.Import.MaxCellChars + 1));
        });
        var error = Assert.Throws<TabularLimitException>(() => GuardedXlsxReader.Read(file, TabularLimits.Import).ToList());
        Assert.Equal("Dòng 2, cột B: ô dài quá 2.000 ký tự, giới hạn cho một ô.", error.Message);
    }

    [Fact]
    public void A_small_file_whose_one_cell_inflates_to_300_MB_is_refused_before_reading()
    {
        using var file = Workbook(w =>
        {
            InlineRow(w, 1, "Mã");
            w.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            var chunk = new string('a', 1 << 20);
            for (var i = 0; i < 300; i++)
            {
                w.Write(chunk);
            }
            w.Write("</t></is></c></row>");
        });
        Assert.True(file.Length < 2 * 1024 * 1024, $"the bomb is small: {file.Length} bytes");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = Assert.Throws<TabularLimitException>(() => GuardedXlsxReader.Read(file, TabularLimits.Import).ToList());
        Assert.Contains("giải nén ra quá 100 MB", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 10 * 1024 * 1024);
    }

    [Fact]
    public void A_sheet_compressed_far_beyond_a_real_one_is_refused()
    {
        using var file = Workbook(w =>
        {
            InlineRow(w, 1, "Mã");
            w.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            w.Write(new string('a', 50 << 20));
            w.Write("</t></is></c></row>");
        });
        var error = Assert.Throws<TabularLimitException>(() => GuardedXlsxReader.Read(file, TabularLimits.Import).ToList());
        Assert.Contains("nén bất thường", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_million_row_sheet_stops_at_the_row_limit_quickly()
    {
        using var file = Workbook(w =>
        {
            InlineRow(w, 1, "Mã", "Tên");
            for (var r = 2; r <= 1_000_001; r++)
            {
                w.Write($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
            }
        });
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<TabularLimitException>(() => GuardedXlsxReader.Read(file, TabularLimits.Import).ToList());
        Assert.Equal("Tệp có quá 5.000 dòng dữ liệu, giới hạn cho một lần nhập. Hãy chia tệp thành nhiều phần.", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_largest_accepted_sheet_reads_whole()
    {
        using var file = Workbook(w =>
        {
            InlineRow(w, 1, "Mã", "Tên");
            for (var r = 2; r <= TabularLimits.Import.MaxRows + 1; r++)
            {
                InlineRow(w, r, $"M{r}", "Nguyễn Thị Hồng Nhung");
            }
        });
        Assert.Equal(TabularLimits.Import.MaxRows + 1, GuardedXlsxReader.Read(file, TabularLimits.Import).Count());
    }

    [Fact]
    public void Csv_and_xlsx_are_told_apart_by_the_zip_signature()
    {
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes("Mã,Chỉ số\nA,\"Đi, chạy\"\n"));
        Assert.Equal("Đi, chạy", ImportTable.Read(csv, TabularLimits.Import)[1][1]);
        using var xlsx = Workbook(w => InlineRow(w, 1, "Mã"));
        Assert.Equal("Mã", ImportTable.Read(xlsx, TabularLimits.Import)[0][0]);
    }

    [Fact]
    public void A_food_name_with_a_comma_is_read_whole_from_a_file_and_from_the_form()
    {
        var csv = string.Join(',', FoodCompositionImport.Columns) + "\nX01,\"Cá thu, tươi\",Cá,động vật,10,166,18.2,10.3,0\n";
        var fromFile = FoodCompositionImport.Read(new StringReader(csv), 1);
        Assert.Empty(fromFile.Errors);
        Assert.Equal("Cá thu, tươi", Assert.Single(fromFile.Foods).Name);

        var form = new Dictionary<string, string>
        {
            ["code"] = "X02", ["name"] = "Bí đỏ, non", ["group"] = "Rau", ["origin"] = "thực vật", ["waste_pct"] = "15",
            ["energy_kcal"] = "24", ["protein_g"] = "0,3", ["lipid_g"] = "0", ["glucid_g"] = "5,6",
        };
        var fromForm = FoodCompositionImport.Read(new StringReader(FoodCompositionImport.FromForm(c => form[c])), 1);
        Assert.Empty(fromForm.Errors);
        var food = Assert.Single(fromForm.Foods);
        Assert.Equal(("Bí đỏ, non", 0.3, 5.6), (food.Name, food.ProteinG, food.GlucidG));
    }
}
