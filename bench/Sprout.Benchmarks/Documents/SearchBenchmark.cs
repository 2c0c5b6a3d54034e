using System.Globalization;
using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Documents.Search;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;

namespace Sprout.Benchmarks.Documents;

/// <summary>
/// Issue (documents): full-text search of 50,000 outgoing documents answers with p95 under 50 ms, on a SQLite file
/// and on PostgreSQL (connection string in SPROUT_BENCH_PG; skipped with a message when unset). Each invocation is one
/// search as the register runs it (the clerk of the school, so Party documents are excluded, top 200 rows), and each
/// iteration is one invocation, so the P95 column is the 95th percentile of single searches.
/// The seeded databases are kept between runs (a SQLite file under /tmp, the PostgreSQL database named in the string).
/// </summary>
[Config(typeof(Percentiles))]
public class SearchBenchmark
{
    public const int Documents = 50_000;

    private sealed class Percentiles : ManualConfig
    {
        // In process: the 50,000-document databases are built once, not again in a child process per case.
        public Percentiles() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(5)
                .WithIterationCount(40).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance))
            .AddColumn(StatisticColumn.Mean, StatisticColumn.P95, StatisticColumn.Max);
    }

    private ServiceProvider? _services;
    private ClaimsPrincipal _clerk = new();
    private int _schoolId;

    public static IEnumerable<string> Providers()
    {
        yield return "Sqlite";
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SPROUT_BENCH_PG")))
        {
            Console.WriteLine("SearchBenchmark: SPROUT_BENCH_PG is not set, so the PostgreSQL run is skipped (set it to a connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=sprout_bench).");
            yield break;
        }
        yield return "Postgres";
    }

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [Params("ke hoach chuyen doi so", "ke hoach chuyen d", "tay chan mieng", "hội thi giáo viên dạy giỏi", "bao cao kiem dinh chat luong 2024", "an toàn thực phẩm")]
    public string Query { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var connection = Provider == "Postgres"
            ? Environment.GetEnvironmentVariable("SPROUT_BENCH_PG")!
            : $"Data Source={Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sprout-bench-search")).FullName, "search.db")}";
        _services = Build(Provider, connection);
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var contexts = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>();
        using (var db = contexts.Create(SchoolScope.System))
        {
            if (!db.Schools.Any())
            {
                scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(1, CancellationToken.None).GetAwaiter().GetResult();
            }
            var clerk = db.Users.First(u => u.Email == $"vanthu@{DemoAccounts.Domain}");
            _schoolId = clerk.SchoolId!.Value;
            _clerk = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Role, Roles.Clerk), new Claim(SproutClaims.School, _schoolId.ToString(CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, "Văn thư")],
                "bench", ClaimTypes.Name, ClaimTypes.Role));
        }
        int existing;
        using (var db = contexts.Create(SchoolScope.System))
        {
            existing = db.Set<OutgoingDocument>().Count();
        }
        for (var next = existing; next < Documents; next += 2000)
        {
            using var db = contexts.Create(SchoolScope.System);
            db.AddRange(Enumerable.Range(next, Math.Min(2000, Documents - next)).Select(i => SearchCorpus.Make(_schoolId, i)));
            db.SaveChangesAsync().GetAwaiter().GetResult();
        }
        using (var db = contexts.Create(SchoolScope.System))
        {
            // After a bulk load, what routine maintenance does: autovacuum flushes the GIN pending list on PostgreSQL;
            // FTS5 'optimize' merges the index segments the 25 insert batches left on SQLite.
            if (Provider == "Postgres")
            {
                db.Database.ExecuteSqlRaw("VACUUM ANALYZE \"OutgoingDocument\"");
            }
            else
            {
                db.Database.ExecuteSqlRaw("INSERT INTO \"OutgoingDocumentFts\"(\"OutgoingDocumentFts\") VALUES ('optimize')");
                db.Database.ExecuteSqlRaw("PRAGMA optimize");
            }
        }
        Console.WriteLine($"SearchBenchmark {Provider} '{Query}': {Search()} rows of {Documents} documents.");
    }

    [Benchmark]
    public int Search()
    {
        using var scope = _services!.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.ForSchool(_schoolId));
        var documents = new DocumentService(db, new SigningKeyStore(db, new EphemeralDataProtectionProvider(), TimeProvider.System, new SigningSettings(DemoCertificates: true)), TimeProvider.System);
        return new DocumentSearch(db, documents).OutgoingAsync(_clerk, new DocumentSearchFilter { Text = Query }, CancellationToken.None).GetAwaiter().GetResult().Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static ServiceProvider Build(string provider, string connection) => BenchServices.Build(provider, connection);
}
