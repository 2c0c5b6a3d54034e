using System.Globalization;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Sprout.Domain.Identifiers;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Children.Excel;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;

namespace Sprout.Benchmarks.Children;

/// <summary>
/// Issue 3: 5,000 rows imported in under 3 seconds. Each iteration imports the same 5,000-row .xlsx
/// into a fresh copy of a seeded SQLite database, through the same service the web page uses.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ChildImportBenchmark
{
    private const int Rows = 5000;
    private string _seeded = string.Empty;
    private byte[] _file = [];
    private ServiceProvider? _services;
    private ClaimsPrincipal _clerk = new();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sprout-bench-import");
        Directory.CreateDirectory(folder);
        _seeded = Path.Combine(folder, "seeded.db");
        File.Delete(_seeded);
        using (var services = Build(_seeded))
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(1, CancellationToken.None).GetAwaiter().GetResult();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        string[] classes = ["Lớn A1", "Lớn A2", "Lớn A3", "Nhỡ B1", "Nhỡ B2", "Nhỡ B3", "Bé C1", "Bé C2", "Bé C3"];
        var names = new Sprout.Domain.Demo.VietnameseNameGenerator(7);
        var rows = new List<Dictionary<string, object?>>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            var female = i % 2 == 0;
            var birth = new DateOnly(2021 + (i % 3), 1 + (i % 12), 1 + (i % 28));
            var name = names.Next(female);
            rows.Add(new Dictionary<string, object?>
            {
                ["STT"] = i + 1, ["Họ và tên"] = name.FullName, ["Ngày sinh"] = birth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                ["Giới tính"] = female ? "Nữ" : "Nam", ["Dân tộc"] = "Kinh",
                ["Số định danh cá nhân"] = PersonalIdNumber.Create("079", birth, female, 100_000 + i), ["Lớp"] = classes[i % classes.Length],
                ["Tỉnh/Thành phố"] = "Hà Nội", ["Phường/Xã"] = "Việt Hưng", ["Địa chỉ"] = $"Số {i}",
                ["Họ tên cha"] = names.Next(false).FullName, ["Điện thoại cha"] = "09" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                ["Họ tên mẹ"] = names.Next(true).FullName, ["Điện thoại mẹ"] = "03" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
            });
        }
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        _file = stream.ToArray();
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var copy = Path.Combine(Path.GetDirectoryName(_seeded)!, "iteration.db");
        File.Copy(_seeded, copy, overwrite: true);
        _services = Build(copy);
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        var clerk = db.Users.First(u => u.Email == $"vanthu@{DemoAccounts.Domain}");
        _clerk = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Clerk), new Claim(SproutClaims.School, clerk.SchoolId!.Value.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.NameIdentifier, clerk.Id.ToString(CultureInfo.InvariantCulture))],
            "bench", ClaimTypes.Name, ClaimTypes.Role));
    }

    [Benchmark]
    public int Import5000Rows()
    {
        using var scope = _services!.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(new SchoolScope { SchoolId = _clerk.SchoolId(), UserName = "bench" });
        var import = new ChildListImport(db, new Sprout.Web.Platform.Access.ChildAccess(db), TimeProvider.System);
        using var stream = new MemoryStream(_file);
        var result = import.ImportAsync(stream, _clerk, CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded || result.Created != Rows)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Take(5)));
        }
        return result.Created;
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    private static ServiceProvider Build(string file) => BenchServices.Sqlite(file);
}
