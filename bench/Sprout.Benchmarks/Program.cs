using BenchmarkDotNet.Running;

// Run one benchmark class with: dotnet run -c Release --project bench/Sprout.Benchmarks -- --filter '*Growth*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
