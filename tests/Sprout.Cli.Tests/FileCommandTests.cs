using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;

namespace Sprout.Cli.Tests;

public sealed class FileCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sprout-cli-files-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Growth_zscores_from_csv_match_the_WHO_table()
    {
        // Boys' weight-for-age at 365 days in who2006-weight-for-age.csv: L=0.0645, M=9.646, S=0.10925.
        // z = ((10.5/9.646)^0.0645 - 1) / (0.0645 * 0.10925) = 0.7786…, reported as 0.78.
        await File.WriteAllTextAsync(PathOf("in.csv"), "id,sex,age_days,measure,weight,lenhei\nA,1,365,l,10.5,\n");
        var run = await Cli.RunAsync("growth", "zscores", "--input", PathOf("in.csv"), "--output", PathOf("out.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(PathOf("out.csv"));
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        Assert.Equal("0.78", row[Array.IndexOf(header, "zwei")]);
        Assert.Equal("0", row[Array.IndexOf(header, "fwei")]);
    }

    [Fact]
    public async Task Growth_zscores_read_an_xlsx_with_birth_and_measure_dates()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["id"] = "B", ["sex"] = 1, ["birth_date"] = new DateTime(2024, 1, 1), ["measure_date"] = new DateTime(2024, 12, 31), ["measure"] = "l", ["weight"] = 10.5, ["lenhei"] = null },
        };
        await using (var stream = File.Create(PathOf("in.xlsx")))
        {
            stream.SaveAs(rows, excelType: ExcelType.XLSX);
        }
        var run = await Cli.RunAsync("growth", "zscores", "--input", PathOf("in.xlsx"), "--output", PathOf("out.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(PathOf("out.csv"));
        var header = lines[0].Split(',');
        Assert.Equal("0.78", lines[1].Split(',')[Array.IndexOf(header, "zwei")]);
    }

    [Fact]
    public async Task A_row_with_weight_0_keeps_its_other_scores_and_is_reported_like_anthro()
    {
        await File.WriteAllTextAsync(PathOf("zero.csv"), "id,sex,age_days,measure,weight,lenhei\nA,1,365,l,10.5,\nB,1,365,l,0,75.7\nC,x,365,l,10.5,\n");
        var run = await Cli.RunAsync("growth", "zscores", "--input", PathOf("zero.csv"), "--output", PathOf("out.csv"), "--problems");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dòng 3, cột weight: giá trị \"0\" phải lớn hơn 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột sex", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 dòng có ô không đọc được", run.Error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(PathOf("out.csv"));
        Assert.Equal(4, lines.Length);
        var header = lines[0].Split(',');
        var a = lines[1].Split(',');
        var b = lines[2].Split(',');
        Assert.Equal("0.78", a[Array.IndexOf(header, "zwei")]);
        Assert.Equal(string.Empty, a[Array.IndexOf(header, "problems")]);
        Assert.Equal(string.Empty, b[Array.IndexOf(header, "zwei")]);
        // Boys' length-for-age at 365 days: M = 75.7487, so 75.7 cm is a z-score near 0.
        Assert.Equal("-0.02", b[Array.IndexOf(header, "zlen")]);
        Assert.Contains("weight", b[Array.IndexOf(header, "problems")], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[3].Split(',')[Array.IndexOf(header, "zwei")]);
    }

    [Fact]
    public async Task Growth_zscores_accept_age_in_months()
    {
        // 12 months is 365.25 days, which rounds to the table's row 365: the same 0.78 as age_days 365.
        await File.WriteAllTextAsync(PathOf("months.csv"), "id,sex,age_months,measure,weight\nA,1,12,l,10.5\n");
        var run = await Cli.RunAsync("growth", "zscores", "--input", PathOf("months.csv"), "--output", PathOf("out.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(PathOf("out.csv"));
        var header = lines[0].Split(',');
        Assert.Equal("0.78", lines[1].Split(',')[Array.IndexOf(header, "zwei")]);
    }

    [Fact]
    public async Task A_header_without_an_age_column_stops_the_batch_and_leaves_no_output()
    {
        await File.WriteAllTextAsync(PathOf("bad.csv"), "id,sex,measure,weight\nA,1,l,10.5\n");
        var run = await Cli.RunAsync("growth", "zscores", "--input", PathOf("bad.csv"), "--output", PathOf("out.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Dòng 1, cột age_days", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("out.csv")));
        Assert.False(File.Exists(PathOf("out.csv.tmp")));
    }

    [Fact]
    public async Task Nutrition_analyze_prints_the_days_of_the_shipped_sample_menu_as_json()
    {
        var menu = Path.Combine(AppContext.BaseDirectory, "../../../../../src/Sprout.Domain/Nutrition/Data/sample-menu-mau-giao.json");
        var run = await Cli.RunAsync("nutrition", "analyze", "--menu", menu);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(20, json.RootElement.GetProperty("days").GetArrayLength());
        Assert.Contains("Thực đơn", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_rendered_signed_and_verified_and_one_changed_byte_breaks_it()
    {
        await File.WriteAllTextAsync(PathOf("kh.md"), """
            ---
            type: KH
            number: 12
            issuer_code: MNĐTVH
            issuer: TRƯỜNG MẦM NON ĐÔ THỊ VIỆT HƯNG
            parent: UBND PHƯỜNG VIỆT HƯNG
            date: 2026-11-24
            place: Việt Hưng
            title: Kế hoạch chuyển đổi số năm học 2026-2027
            signer: Nguyễn Thị Lan
            position: HIỆU TRƯỞNG
            recipients: Đảng ủy phường; Lưu VT
            ---
            Nhà trường xây dựng kế hoạch chuyển đổi số với các nội dung sau.
            """);
        Assert.Equal(0, (await Cli.RunAsync("documents", "demo-cert", "--name", "Nguyễn Thị Lan", "--output", PathOf("lan.p12"), "--password", "Mam2026")).ExitCode);
        var render = await Cli.RunAsync("documents", "render", "--input", PathOf("kh.md"), "--output", PathOf("kh.pdf"));
        Assert.True(render.ExitCode == 0, render.Error);
        Assert.Equal(0, (await Cli.RunAsync("documents", "sign", "--input", PathOf("kh.pdf"), "--output", PathOf("ky.pdf"), "--pfx", PathOf("lan.p12"), "--password", "Mam2026", "--visible")).ExitCode);

        var verify = await Cli.RunAsync("documents", "verify", "--input", PathOf("ky.pdf"));
        // Intact, but a demo certificate whose root is not in any trust list: never "valid" (exit 2).
        Assert.Equal(2, verify.ExitCode);
        Assert.Contains("Nguyễn Thị Lan", verify.Output, StringComparison.Ordinal);
        Assert.Contains("hợp lệ, bao trùm toàn bộ tệp", verify.Output, StringComparison.Ordinal);
        Assert.Contains("(chữ ký thử nghiệm)", verify.Output, StringComparison.Ordinal);
        Assert.Contains("KHÔNG do tổ chức chứng thực tin cậy cấp", verify.Output, StringComparison.Ordinal);
        Assert.Contains("Signature is Valid.", Run("pdfsig", PathOf("ky.pdf")), StringComparison.Ordinal);

        var bytes = await File.ReadAllBytesAsync(PathOf("ky.pdf"));
        var index = bytes.AsSpan().IndexOf("Nh"u8) is var i and > 0 ? i : bytes.Length / 3;
        bytes[index] ^= 0x01;
        await File.WriteAllBytesAsync(PathOf("sua.pdf"), bytes);
        var broken = await Cli.RunAsync("documents", "verify", "--input", PathOf("sua.pdf"));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("KHÔNG hợp lệ", broken.Output, StringComparison.Ordinal);

        var wrongPassword = await Cli.RunAsync("documents", "sign", "--input", PathOf("kh.pdf"), "--output", PathOf("x.pdf"), "--pfx", PathOf("lan.p12"), "--password", "sai");
        Assert.Equal(1, wrongPassword.ExitCode);
        Assert.Contains("mật khẩu sai", wrongPassword.Error, StringComparison.Ordinal);
    }

    private static string Run(string tool, string argument)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} is required (apt-get install -y poppler-utils).");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
