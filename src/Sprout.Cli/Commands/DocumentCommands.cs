using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Documents.Extraction;

namespace Sprout.Cli.Commands;

internal static class DocumentCommands
{
    public static async Task<int> RenderAsync(CliArguments cli, TextWriter output)
    {
        var input = Existing(cli.Required("input"));
        var target = cli.Required("output");
        byte[] pdf;
        try
        {
            pdf = MarkdownDocumentParser.Render(await File.ReadAllTextAsync(input, Encoding.UTF8));
        }
        catch (FormatException ex)
        {
            throw new CliFailureException($"Văn bản \"{input}\" chưa đúng mẫu: {ex.Message}");
        }
        await File.WriteAllBytesAsync(target, pdf);
        await output.WriteLineAsync($"Đã tạo {Path.GetFullPath(target)} ({pdf.Length / 1024} KB).");
        return 0;
    }

    public static async Task<int> SignAsync(CliArguments cli, TextWriter output)
    {
        var input = Existing(cli.Required("input"));
        var target = cli.Required("output");
        var pfx = Existing(cli.Required("pfx"));
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(pfx, cli.Option("password"), X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            throw new CliFailureException("Không mở được chứng thư số: mật khẩu sai hoặc tệp .p12 bị hỏng.");
        }
        using (certificate)
        {
            var now = DateTimeOffset.UtcNow;
            if (certificate.NotAfter < now.UtcDateTime || certificate.NotBefore > now.UtcDateTime)
            {
                throw new CliFailureException(string.Create(CultureInfo.InvariantCulture, $"Chứng thư số không còn hiệu lực (hiệu lực từ {certificate.NotBefore:dd/MM/yyyy} đến {certificate.NotAfter:dd/MM/yyyy})."));
            }
            if (!certificate.HasPrivateKey)
            {
                throw new CliFailureException("Tệp .p12 không chứa khóa bí mật để ký.");
            }
            var pdf = await File.ReadAllBytesAsync(input);
            byte[] signed;
            try
            {
                signed = PdfSigner.Sign(pdf, certificate, cli.Has("visible") ? SignatureAppearance.Signer : null, now);
            }
            catch (Exception ex) when (ex is FormatException or InvalidDataException or InvalidOperationException or NotSupportedException)
            {
                throw new CliFailureException($"Không ký được tệp \"{input}\": {ex.Message}");
            }
            await File.WriteAllBytesAsync(target, signed);
        }
        await output.WriteLineAsync($"Đã ký số và lưu {Path.GetFullPath(target)}.");
        return 0;
    }

    /// <summary>Exit 0 when every signature is intact and trusted, 2 when intact but not trusted (e.g. no --roots), 1 otherwise.</summary>
    public static async Task<int> VerifyAsync(CliArguments cli, TextWriter output)
    {
        var input = Existing(cli.Required("input"));
        var roots = new X509Certificate2Collection();
        if (cli.Option("roots") is { } folder)
        {
            if (!Directory.Exists(folder)) throw new CliFailureException($"Không tìm thấy thư mục \"{folder}\".");
            foreach (var path in Directory.EnumerateFiles(folder).Where(p => Path.GetExtension(p).ToLowerInvariant() is ".cer" or ".crt" or ".pem" or ".der"))
            {
                if (File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) roots.ImportFromPemFile(path);
                else roots.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }
        }
        var result = PdfSignatureVerifier.Inspect(await File.ReadAllBytesAsync(input), roots);
        if (result.InvalidFile is { } invalid)
        {
            throw new CliFailureException(invalid);
        }
        var checks = result.Signatures;
        if (checks.Count == 0)
        {
            throw new CliFailureException("Tệp không có chữ ký số nào.");
        }
        for (var i = 0; i < checks.Count; i++)
        {
            var c = checks[i];
            var status = c.Status switch
            {
                SignatureStatus.Valid => "hợp lệ, bao trùm toàn bộ tệp",
                SignatureStatus.ValidButDocumentChangedAfterSigning when c.FollowedBySignature => "hợp lệ; sau đó có chữ ký khác",
                SignatureStatus.ValidButDocumentChangedAfterSigning => "hợp lệ nhưng tài liệu đã bị thay đổi sau khi ký",
                _ => "KHÔNG hợp lệ: nội dung đã bị thay đổi hoặc chữ ký hỏng",
            };
            var trust = c.Trust switch
            {
                SignatureTrust.Trusted => $"do tổ chức chứng thực tin cậy cấp ({c.IssuerName})",
                SignatureTrust.UnknownIssuer => $"KHÔNG do tổ chức chứng thực tin cậy cấp ({c.IssuerName}; thêm chứng thư gốc bằng --roots THƯ-MỤC)",
                SignatureTrust.NotValidAtSigningTime => "KHÔNG còn hiệu lực vào thời điểm ký",
                SignatureTrust.InvalidChain => "chuỗi chứng thư KHÔNG hợp lệ",
                _ => "không kèm chứng thư số",
            };
            var time = c.SigningTime is { } t ? t.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "không rõ thời điểm";
            var demo = c.Demo ? " (chữ ký thử nghiệm)" : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Chữ ký {i + 1}: {c.SignerName}, {time}{demo}: {status}; chứng thư số {trust}."));
        }
        var intact = checks.All(c => c.Status != SignatureStatus.Broken) && checks[^1].Status == SignatureStatus.Valid;
        return !intact ? 1 : checks.All(c => c.Trust == SignatureTrust.Trusted) ? 0 : 2;
    }

    /// <summary>Runs the extraction again on incoming attachments recorded without text (e.g. before tesseract was installed).</summary>
    public static async Task<int> RereadScansAsync(IServiceProvider services, TextWriter output)
    {
        var summary = await services.GetRequiredService<ScanTextReread>().RunAsync(
            tried => tried % 10 == 0 ? output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… đã đọc {tried} tệp.")) : Task.CompletedTask,
            CancellationToken.None);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Đã đọc lại {summary.Tried} tệp quét chưa có chữ: {summary.Found} tệp lấy được chữ, {summary.Tried - summary.Found} tệp vẫn chưa có."));
        return 0;
    }

    /// <summary>The admin's way to give a school its own CA: signers without a certificate are then issued one by it, not by a demo CA.</summary>
    public static async Task<int> SchoolAuthorityAsync(IServiceProvider services, CliArguments cli, TextWriter output)
    {
        var schoolId = int.TryParse(cli.Required("school"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : throw new CliFailureException("Mã trường (--school) phải là số.");
        var target = cli.Required("output");
        await using var db = services.GetRequiredService<Sprout.Web.Platform.Data.SproutDbContextFactory>().Create(Sprout.Web.Platform.Data.SchoolScope.ForSchool(schoolId));
        var school = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).FirstOrDefaultAsync()
            ?? throw new CliFailureException($"Không có trường mã {schoolId}.");
        var keys = new Sprout.Web.Modules.Documents.SigningKeyStore(db, services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), TimeProvider.System,
            new Sprout.Web.Modules.Documents.SigningSettings(DemoCertificates: false));
        try
        {
            using var root = await keys.CreateSchoolAuthorityAsync(schoolId, school, CancellationToken.None);
            await File.WriteAllBytesAsync(target, root.RawData);
            await output.WriteLineAsync($"Đã tạo tổ chức chứng thực của {school}; chứng thư gốc: {Path.GetFullPath(target)} (SHA-256 {root.GetCertHashString(HashAlgorithmName.SHA256)}).");
        }
        catch (Sprout.Web.Modules.Documents.DocumentRuleException ex)
        {
            throw new CliFailureException(ex.Message);
        }
        return 0;
    }

    public static async Task<int> DemoCertificateAsync(CliArguments cli, TextWriter output)
    {
        var name = cli.Required("name");
        var target = cli.Required("output");
        var password = cli.Required("password");
        var now = DateTimeOffset.UtcNow;
        using var ca = DemoCertificateAuthority.Create(cli.Option("school") ?? "Trường Mầm non Đô Thị Việt Hưng", now);
        using var signer = ca.IssueSigner(name, now);
        await File.WriteAllBytesAsync(target, ca.ExportPkcs12(signer, password));
        await output.WriteLineAsync($"Đã cấp chứng thư số mẫu cho {name}: {Path.GetFullPath(target)} (chỉ dùng để thử nghiệm).");
        return 0;
    }

    private static string Existing(string path) => File.Exists(path) ? path : throw new CliFailureException($"Không tìm thấy tệp \"{path}\".");
}
