using BenchmarkDotNet.Running;
using Evo8x8.Client.Benchmarks.ContactCenter;

if (args.Length > 0 && args[0].StartsWith("measure", StringComparison.Ordinal))
{
    return await ThroughputMeasurement.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
