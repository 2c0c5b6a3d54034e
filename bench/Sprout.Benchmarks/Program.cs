using BenchmarkDotNet.Running;

// Run one benchmark class with: dotnet run -c Release --project bench/Sprout.Benchmarks -- --filter '*Growth*'
BenchmarkSwitcher.FromAssembly(typeof(Sprout.Benchmarks.BenchmarkEntry).Assembly).Run(args);

namespace Sprout.Benchmarks
{
    /// <summary>Anchors this assembly; the web host also defines a top-level Program.</summary>
    internal static class BenchmarkEntry;
}
