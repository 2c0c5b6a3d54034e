using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Backup;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Hosting;

namespace Sprout.Cli.Commands;

internal static class DatabaseCommands
{
    public static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        await output.WriteLineAsync("Đã cập nhật cấu trúc cơ sở dữ liệu.");
        return 0;
    }

    public static async Task<int> SeedAsync(IServiceProvider services, CliArguments cli, TextWriter output)
    {
        var schools = int.TryParse(cli.Option("schools") ?? "1", NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 500
            ? n
            : throw new UsageException("--schools phải là số nguyên từ 1 đến 500.");
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var summary = await services.GetRequiredService<DemoSeeder>().SeedAsync(schools, CancellationToken.None);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Đã tạo dữ liệu mẫu: {summary.Schools} trường, {summary.Classes} lớp, {summary.Children} trẻ, {summary.Guardians} phụ huynh, {summary.Staff} cán bộ, giáo viên, nhân viên, {summary.PartyMembers} đảng viên."));
        return 0;
    }

    public static async Task<int> DemoParentAccountsAsync(IServiceProvider services, CliArguments cli, TextWriter output)
    {
        var count = int.TryParse(cli.Option("count") ?? "", NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 2000
            ? n
            : throw new UsageException("--count phải là số nguyên từ 1 đến 2000.");
        IReadOnlyList<string> phones;
        try
        {
            phones = await services.GetRequiredService<DemoParentAccounts>().EnsureAsync(count, CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliFailureException(ex.Message);
        }
        foreach (var phone in phones)
        {
            await output.WriteLineAsync(phone);
        }
        return phones.Count == count ? 0 : throw new CliFailureException($"Chỉ có {phones.Count} phụ huynh mẫu có số điện thoại hợp lệ.");
    }

    public static async Task<int> BackupAsync(IServiceProvider services, CliArguments cli, TextWriter output)
    {
        var file = cli.Required("output");
        await services.GetRequiredService<BackupService>().BackupAsync(file, CancellationToken.None);
        await output.WriteLineAsync($"Đã sao lưu vào {Path.GetFullPath(file)}.");
        // Kept out of the backup on purpose: a copied backup alone must not open the signers' stored keys.
        var keys = DataProtectionKeys.Folder(services.GetRequiredService<IConfiguration>());
        await output.WriteLineAsync($"Thư mục khóa bảo vệ dữ liệu ({keys.FullName}) không nằm trong bản sao lưu: hãy sao lưu riêng thư mục này; thiếu nó, khóa ký số đã lưu không mở được.");
        return 0;
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, CliArguments cli, TextWriter output)
    {
        var file = cli.Required("input");
        await services.GetRequiredService<BackupService>().RestoreAsync(file, CancellationToken.None);
        await output.WriteLineAsync($"Đã khôi phục dữ liệu từ {Path.GetFullPath(file)}.");
        return 0;
    }
}
