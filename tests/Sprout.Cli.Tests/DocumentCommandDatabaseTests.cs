using System.Globalization;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;

namespace Sprout.Cli.Tests;

/// <summary>`documents reread-scans` on a real database of the provider the run asks for.</summary>
public class DocumentCommandDatabaseTests : IAsyncLifetime
{
    private readonly CliDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Reread_scans_fills_the_text_of_an_attachment_recorded_when_the_tools_were_missing()
    {
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("demo", "seed"))).ExitCode);
        var pdf = OfficialPdfRenderer.Render(new OfficialDocument
        {
            Type = DocumentType.CongVan, IssuingBody = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", Number = new DocumentNumber(DocumentKind.Administrative, 15, DocumentType.CongVan, "PGDĐT"),
            Place = "Long Biên", Date = new DateOnly(2031, 3, 2), Title = "Về việc phòng chống dịch tay chân miệng",
            BodyMarkdown = "Các trường mầm non tăng cường vệ sinh lớp học.", Signature = new SignatureBlock(["TRƯỞNG PHÒNG"], "Nguyễn Văn An"), Recipients = ["Như trên"],
        });
        var hex = Convert.ToHexString(pdf);
        var blob = _db.Provider == "sqlite" ? $"X'{hex}'" : $"decode('{hex}', 'hex')";
        await _db.ExecuteAsync(
            "INSERT INTO \"IncomingDocument\" (\"SchoolId\", \"Year\", \"ArrivalNumber\", \"ReceivedOn\", \"Sender\", \"TypeCode\", \"Summary\", \"ScanPdf\", \"RecordedBy\", \"TextExtraction\", \"Folded\", \"SearchHead\") " +
            $"SELECT MIN(\"Id\"), 2031, 1, '2031-03-02', 'Phòng Giáo dục và Đào tạo', 'CV', 'Công văn ghi sổ khi chưa có pdftotext', {blob}, 'Văn thư', 3, 'cong van', 'cong van' FROM \"Schools\"");

        var run = await Cli.RunAsync(_db.Args("documents", "reread-scans"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Đã đọc lại \d+ tệp quét chưa có chữ: [1-9]\d* tệp lấy được chữ", run.Output);
        Assert.Equal(1L, Convert.ToInt64(await _db.ScalarAsync("SELECT \"TextExtraction\" FROM \"IncomingDocument\" WHERE \"Year\" = 2031"), CultureInfo.InvariantCulture));
        var folded = (string)(await _db.ScalarAsync("SELECT \"Folded\" FROM \"IncomingDocument\" WHERE \"Year\" = 2031"))!;
        Assert.Contains("tay chan mieng", folded, StringComparison.Ordinal);
        Assert.Contains("pgddt", folded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task School_ca_creates_the_schools_own_CA_once_and_writes_its_root()
    {
        Assert.Equal(0, (await Cli.RunAsync(_db.Args("demo", "seed"))).ExitCode);
        var school = Convert.ToInt32(await _db.ScalarAsync("SELECT MIN(\"Id\") FROM \"Schools\""), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        var keys = Path.Combine(_db.Folder, "keys");
        var root = Path.Combine(_db.Folder, "goc.cer");

        var created = await Cli.RunAsync(_db.Args("documents", "school-ca", "--school", school, "--output", root, "--keys", keys));

        Assert.True(created.ExitCode == 0, created.Error);
        using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(root);
        Assert.Equal("CN=Trường Mầm non Đô Thị Việt Hưng CA, O=Trường Mầm non Đô Thị Việt Hưng, C=VN", certificate.Subject);
        Assert.Equal(certificate.RawData, (byte[])(await _db.ScalarAsync("SELECT \"Certificate\" FROM \"SigningKey\" WHERE \"Owner\" = 'ca'"))!);
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        var again = await Cli.RunAsync(_db.Args("documents", "school-ca", "--school", school, "--output", root, "--keys", keys));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Trường đã có tổ chức chứng thực riêng còn hiệu lực.", again.Error, StringComparison.Ordinal);
    }
}
