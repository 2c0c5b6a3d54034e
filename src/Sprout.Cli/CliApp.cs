using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sprout.Cli.Commands;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Backup;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;

namespace Sprout.Cli;

/// <summary>
/// `sprout`: admin and batch work on the same model and rules as the web app. Exit codes: 0 done,
/// 1 bad input or a failed check, 2 a command line that is wrong.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        Sprout (Mầm) – công cụ dòng lệnh

        Cách dùng: sprout <lệnh> [tham số]

          db migrate                              Cập nhật cấu trúc cơ sở dữ liệu
          demo seed [--schools N]                 Tạo dữ liệu mẫu (trường mẫu và N-1 trường khác)
          demo parent-accounts --count N          Chỉ dùng cho dữ liệu mẫu (đo tải): tạo tài khoản cho N phụ huynh
                                                  của trường mẫu với mật khẩu mẫu, in số điện thoại đăng nhập
          backup --output TỆP                     Sao lưu toàn bộ dữ liệu
          restore --input TỆP                     Khôi phục từ bản sao lưu (kiểm tra tệp trước)
          audit verify                            Kiểm tra nhật ký thay đổi: chuỗi mã băm, mã xác thực HMAC,
                                                  điểm mốc (phát hiện sửa, xóa bản ghi cuối, viết lại cả chuỗi)
          audit checkpoint                        Ghi điểm mốc của nhật ký vào tệp điểm mốc và nhật ký hệ thống
          growth zscores --input TỆP --output TỆP [--problems]
                                                  Tính chỉ số Z theo chuẩn WHO (.csv hoặc .xlsx); ô không đọc được
                                                  để trống, báo lỗi ra stderr (--problems: thêm cột problems)
          nutrition analyze --menu TỆP.json       Phân tích thực đơn theo chuẩn dinh dưỡng
          documents render --input TỆP.md --output TỆP.pdf
          documents sign --input TỆP.pdf --output TỆP.pdf --pfx CHỨNG-THƯ.p12 --password MẬT-KHẨU [--visible]
          documents school-ca --school ID --output GOC.cer [--keys THƯ-MỤC-KHÓA]
                                                  Tạo tổ chức chứng thực riêng của trường (khóa được mã hóa) và lưu chứng thư gốc để người xác minh thêm vào danh sách tin cậy
          documents verify --input TỆP.pdf [--roots THƯ-MỤC]
                                                  Kiểm tra chữ ký số và chứng thư gốc tin cậy (mã 0: hợp lệ và tin cậy; 2: nguyên vẹn nhưng chứng thư không tin cậy)
          documents demo-cert --name "HỌ TÊN" --output TỆP.p12 --password MẬT-KHẨU
          documents reread-scans                  Đọc lại các tệp quét chưa lấy được chữ (pdftotext, OCR)

        Cơ sở dữ liệu: --provider sqlite|postgres --connection "…" hoặc biến môi trường
        Database__Provider, Database__ConnectionString (mặc định SQLite data/sprout.db).
        Thư mục khóa: --keys THƯ-MỤC (DataProtection__KeysFolder, mặc định data/keys); thư mục điểm mốc
        nhật ký: --checkpoints THƯ-MỤC (Audit__CheckpointFolder, mặc định thư mục khóa).
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var cli = new CliArguments(args);
            var words = cli.Words;
            if (words.Count == 0 || cli.Has("help") || words[0] is "help" or "-h")
            {
                await output.WriteLineAsync(Usage);
                return words.Count == 0 && !cli.Has("help") ? 2 : 0;
            }
            return (words[0], words.ElementAtOrDefault(1)) switch
            {
                ("db", "migrate") => await WithServices(cli, sp => DatabaseCommands.MigrateAsync(sp, output)),
                ("demo", "seed") => await WithServices(cli, sp => DatabaseCommands.SeedAsync(sp, cli, output)),
                ("demo", "parent-accounts") => await WithServices(cli, sp => DatabaseCommands.DemoParentAccountsAsync(sp, cli, output)),
                ("backup", _) => await WithServices(cli, sp => DatabaseCommands.BackupAsync(sp, cli, output)),
                ("restore", _) => await WithServices(cli, sp => DatabaseCommands.RestoreAsync(sp, cli, output)),
                ("audit", "verify") => await WithServices(cli, sp => AuditCommands.VerifyAsync(sp, output)),
                ("audit", "checkpoint") => await WithServices(cli, sp => AuditCommands.CheckpointAsync(sp, output)),
                ("growth", "zscores") => await GrowthCommands.ZScoresAsync(cli, output, error),
                ("nutrition", "analyze") => await NutritionCommands.AnalyzeAsync(cli, output, error),
                ("documents", "render") => await DocumentCommands.RenderAsync(cli, output),
                ("documents", "sign") => await DocumentCommands.SignAsync(cli, output),
                ("documents", "verify") => await DocumentCommands.VerifyAsync(cli, output),
                ("documents", "demo-cert") => await DocumentCommands.DemoCertificateAsync(cli, output),
                ("documents", "school-ca") => await WithServices(cli, sp => DocumentCommands.SchoolAuthorityAsync(sp, cli, output)),
                ("documents", "reread-scans") => await WithServices(cli, sp => DocumentCommands.RereadScansAsync(sp, output)),
                _ => throw new UsageException($"Không có lệnh \"{string.Join(' ', words)}\"."),
            };
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync(ex.Message);
            await error.WriteLineAsync();
            await error.WriteLineAsync(Usage);
            return 2;
        }
        catch (CliFailureException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (BackupException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> WithServices(CliArguments cli, Func<IServiceProvider, Task<int>> command)
    {
        var settings = new Dictionary<string, string?>();
        if (cli.Option("provider") is { } providerName)
        {
            settings["Database:Provider"] = providerName.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite";
        }
        if (cli.Option("connection") is { } connection)
        {
            settings["Database:ConnectionString"] = connection;
        }
        if (cli.Option("keys") is { } keysFolder)
        {
            settings[Sprout.Web.Platform.Hosting.DataProtectionKeys.Setting] = keysFolder;
        }
        if (cli.Option("checkpoints") is { } checkpoints)
        {
            settings["Audit:CheckpointFolder"] = checkpoints;
        }
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Every log line to stderr: stdout is the command's answer, which scripts read (the demo parents' phone numbers).
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(TimeProvider.System);
        services.AddSproutData(configuration);
        services.AddScoped<DemoSeeder>().AddScoped<DemoParentAccounts>().AddScoped<DatabaseInitializer>().AddScoped<BackupService>().AddPdfTextExtraction();
        // The same key ring as the web host, so a key the CLI protects (the school CA's) opens there.
        services.AddDataProtection().SetApplicationName(Sprout.Web.Platform.Hosting.DataProtectionKeys.ApplicationName)
            .PersistKeysToFileSystem(Sprout.Web.Platform.Hosting.DataProtectionKeys.CreateFolder(configuration));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }
}

/// <summary>The command ran but its input was bad or its check failed: the message is printed, exit 1.</summary>
public sealed class CliFailureException(string message) : Exception(message);
