using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Modules.Ward;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;

namespace Sprout.Benchmarks.Plan;

/// <summary>
/// Issue 8: all 17 targets of one school with three years of records in under 100 ms, and of a ward of
/// 20 schools in under 1 s. The ward is `sprout demo seed --schools 20` plus two more years of measuring days,
/// health checks, cell meetings and documents for every school, in one SQLite file.
/// </summary>
[Config(typeof(InProcessConfig))]
public class TargetsBenchmark
{
    /// <summary>In process: the queries are what is measured, and a separate build of the whole web host times out on a busy machine.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Throughput)
                .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.P95);
        }
    }

    private ServiceProvider? _services;
    private int _schoolId;
    private int _wardId;
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sprout-bench-targets");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "ward.db");
        var ready = file + ".ready";
        if (!File.Exists(ready))
        {
            File.Delete(file);
            using var seeding = Build(file);
            using var scope = seeding.CreateScope();
            scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(20, CancellationToken.None).GetAwaiter().GetResult();
            AddEarlierYearsAsync(seeding.GetRequiredService<SproutDbContextFactory>()).GetAwaiter().GetResult();
            File.WriteAllText(ready, "seeded");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _services = Build(file);
        using var db = _services.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        _schoolId = db.Schools.OrderBy(s => s.Id).Select(s => s.Id).First();
        _wardId = db.Schools.OrderBy(s => s.Id).Select(s => s.WardId).First();
    }

    [Benchmark(Description = "17 targets, one school, 3 years of records")]
    public int OneSchool()
    {
        using var db = _services!.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.ForSchool(_schoolId));
        return new PlanTargets(db, new CellTargets(db)).ComputeAsync(_today, recordSnapshot: false, CancellationToken.None).GetAwaiter().GetResult().Count;
    }

    [Benchmark(Description = "17 targets × 20 schools, ward view")]
    public int Ward()
    {
        var factory = _services!.GetRequiredService<SproutDbContextFactory>();
        using var db = factory.Create(new SchoolScope { WardId = _wardId, ReadOnly = true });
        var schools = new WardTargetsService(factory, db).ComputeAsync(_wardId, _today, CancellationToken.None).GetAwaiter().GetResult();
        return schools.Count == 20 ? schools.Sum(s => s.Rows.Count) : throw new InvalidOperationException($"{schools.Count} schools");
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>The demo seeds this school year; add the two before it, as a school three years into Sprout has.</summary>
    private async Task AddEarlierYearsAsync(SproutDbContextFactory factory)
    {
        await using var system = factory.Create(SchoolScope.System);
        var schools = await system.Schools.Select(s => s.Id).ToListAsync();
        foreach (var schoolId in schools)
        {
            await using var db = factory.Create(SchoolScope.ForSchool(schoolId));
            var children = await db.Children.AsNoTracking().Select(c => new { c.Id, c.DateOfBirth }).ToListAsync();
            var members = await db.PartyMembers.AsNoTracking().Select(p => p.Id).ToListAsync();
            for (var back = 1; back <= 2; back++)
            {
                var year = _today.Year - back;
                foreach (var child in children)
                {
                    foreach (var day in new[] { new DateOnly(year, 3, 15), new DateOnly(year, 9, 15) }.Where(d => d > child.DateOfBirth.AddMonths(3)))
                    {
                        db.Add(new Measurement { SchoolId = schoolId, ChildId = child.Id, Date = day, WeightKg = 14.5, HeightCm = 96, Lying = false, MeasuredBy = "Nhân viên y tế" });
                    }
                    db.Add(new HealthEvent { SchoolId = schoolId, ChildId = child.Id, Date = new DateOnly(year, 9, 25), Kind = HealthEventKind.PeriodicCheck, Details = "Khám định kỳ", Doctor = "Trạm y tế", RecordedBy = "Nhân viên y tế" });
                }
                for (var month = 1; month <= 12; month++)
                {
                    var meeting = new CellMeeting { SchoolId = schoolId, Kind = month % 3 == 2 ? MeetingKind.Thematic : MeetingKind.Regular, Date = new DateOnly(year - 1, month, 5), Place = "Phòng họp", Theme = "Chuyên đề", Stage = MeetingStage.Held };
                    meeting.Attendance.AddRange(members.Select(m => new MeetingAttendance { SchoolId = schoolId, PartyMemberId = m, Mark = AttendanceMark.Present }));
                    db.Add(meeting);
                }
                for (var n = 0; n < 150; n++)
                {
                    db.Add(new OutgoingDocument
                    {
                        SchoolId = schoolId, Kind = DocumentKind.Administrative, TypeCode = DocumentType.ThongBao.Code, Title = $"Thông báo số {n + 1} năm {year}",
                        Body = "Nội dung thông báo.", Status = DocumentStatus.Issued, Year = year, CreatedBy = "Văn thư",
                    });
                }
            }
            await db.SaveChangesAsync();
        }
    }

    private static ServiceProvider Build(string file) => BenchServices.Sqlite(file);
}
