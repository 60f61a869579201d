using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Evo8x8.Client.Benchmarks.Ccai;
using Evo8x8.Client.Benchmarks.Voice;
using Evo8x8.Client.Benchmarks.Voice.Webhooks;
using Perfolizer.Horology;

namespace Evo8x8.Client.Benchmarks.Figures;

/// <summary>
/// Issue 24's figures in one command: each SDK figure next to its baseline from the same run, the ratio, the goal and
/// whether it is met. The per-call figures are BenchmarkDotNet (in process, medians, the faster of two passes); the
/// file throughput is the <c>measure</c> console (one process per reader, so the peak working set is the reader's
/// own); the 64-sender calls per second are timed rounds against Kestrel on 127.0.0.1 that alternate between the kinds
/// of sender, in a child process of their own (<c>--only http</c>) unless that part alone was asked for.
/// Usage: dotnet run -c Release --project tests/Evo8x8.Client.Benchmarks -- figures [--quick] [--megabytes N] [--only micro|files|http]
/// </summary>
internal static class FiguresRun
{
    // Where a child run writes its rows instead of printing the table (set only by the run that starts it).
    private const string RowsOption = "--rows-to";

    public static async Task<int> RunAsync(string[] args)
    {
        bool quick = args.Contains("--quick");
        int megabytes = Option(args, "--megabytes") is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : quick ? 32 : 1024;
        string? only = Option(args, "--only");
        var total = Stopwatch.StartNew();
        var rows = new List<FigureRow>();
        string artifacts = Path.Combine(Path.GetTempPath(), "evo8x8-figures");
        Directory.CreateDirectory(artifacts);

        if (only is null or "micro")
        {
            string log = Path.Combine(artifacts, "benchmarkdotnet.log");
            Console.WriteLine($"[{total.Elapsed:mm\\:ss}] per-call figures with BenchmarkDotNet ({(quick ? "quick" : "full")} job; its log: {log})");
            rows.AddRange(MicroFigures(quick, artifacts, log));
        }

        if (only is null or "files")
        {
            Console.WriteLine($"[{total.Elapsed:mm\\:ss}] CCAI files of {megabytes} MB, one process per reader");
            rows.AddRange(await FileFiguresAsync(megabytes, quick ? 1 : 2).ConfigureAwait(false));
        }

        if (only == "http")
        {
            Console.WriteLine($"[{total.Elapsed:mm\\:ss}] {ConcurrentSendMeasurement.Senders} concurrent senders, calls per second");
            rows.AddRange(await SendFiguresAsync(quick).ConfigureAwait(false));
        }
        else if (only is null)
        {
            // In a process of its own: after the rest in this one, the same senders measured about 12% fewer calls/s.
            Console.WriteLine($"[{total.Elapsed:mm\\:ss}] the HTTP part in a process of its own (figures --only http)");
            rows.AddRange(await ChildFiguresAsync(quick, "http").ConfigureAwait(false));
        }

        if (Option(args, RowsOption) is { } rowsFile)
        {
            // A child of a full run: its rows go back to the parent, which prints the one table.
            await File.WriteAllLinesAsync(rowsFile, rows.Select(row => row.ToLine())).ConfigureAwait(false);
            return 0;
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Issue 24's figures, {NodaTime.SystemClock.Instance.GetCurrentInstant():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {(quick ? "quick" : "full")} run of {total.Elapsed:mm\\:ss}"));
        Console.WriteLine();
        FigureRow.WriteTable(Console.Out, rows);
        return 0;
    }

    /// <summary>Runs one part as <c>figures --only part</c> in a child process (its output shown as it runs) and returns its rows.</summary>
    private static async Task<IEnumerable<FigureRow>> ChildFiguresAsync(bool quick, string part)
    {
        string rowsFile = Path.Combine(Path.GetTempPath(), $"evo8x8-figures-{part}-{Environment.ProcessId}.tsv");
        try
        {
            string[] arguments = quick ? ["figures", "--only", part, "--quick", RowsOption, rowsFile] : ["figures", "--only", part, RowsOption, rowsFile];
            using Process child = Process.Start(ChildProcess.OfThisProgram(arguments))!;
            await child.WaitForExitAsync().ConfigureAwait(false);
            if (child.ExitCode != 0 || !File.Exists(rowsFile))
            {
                throw new InvalidOperationException($"The child run of the {part} figures failed (exit code {child.ExitCode}).");
            }

            return [.. (await File.ReadAllLinesAsync(rowsFile).ConfigureAwait(false)).Select(FigureRow.FromLine)];
        }
        finally
        {
            File.Delete(rowsFile);
        }
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static IEnumerable<FigureRow> MicroFigures(bool quick, string artifacts, string log)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 4)
            .WithIterationCount(quick ? 3 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 60 : 200));
        StreamLogger logger = new(log);
        try
        {
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(job)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(logger)
                .AddFilter(new SimpleFilter(c => c.Descriptor.Type != typeof(CallflowBenchmarks) || c.Descriptor.WorkloadMethod.Name != nameof(CallflowBenchmarks.BuildAndValidate)))
                .WithArtifactsPath(artifacts)
                .WithOptions(ConfigOptions.DisableLogFile);
            // On a loaded machine one benchmark can fall in a busy spell its baseline missed; the full run makes three
            // passes and keeps each case's fastest median (with two, a case still read 1.4x once and 0.9x in the next run).
            var results = new List<BenchmarkReport>();
            for (int pass = 0; pass < (quick ? 1 : 3); pass++)
            {
                Summary[] summaries = BenchmarkRunner.Run(
                    [typeof(SessionMetadataReaderBenchmarks), typeof(WebhookFixtureBenchmarks), typeof(CallflowBenchmarks)],
                    config);
                results.AddRange(summaries.SelectMany(summary => summary.Reports));
            }

            var rows = new List<FigureRow>
            {
                MicroRow(results, "1,000 varied CCAI records from memory (ReadNdjsonAsync vs plain per line)", typeof(SessionMetadataReaderBenchmarks), "varied", "Sdk", 1.10),
                MicroRow(results, "1,000 CCAI records of the template (voice-inbound.json)", typeof(SessionMetadataReaderBenchmarks), "template", "Sdk", null),
            };
            foreach (string fixture in WebhookFixtureBenchmarks.Fixtures)
            {
                rows.Add(MicroRow(results, $"parse {fixture}", typeof(WebhookFixtureBenchmarks), fixture, "Sdk", 1.10));
            }

            rows.Add(MicroRow(results, "Callflow.ToJson() (voice message)", typeof(CallflowBenchmarks), null, nameof(CallflowBenchmarks.Serialize), 1.20));
            return rows;
        }
        finally
        {
            logger.Dispose();
        }
    }

    // The case of the benchmark class with the given parameter value (its only parameter), or the class's only case.
    private static FigureRow MicroRow(List<BenchmarkReport> results, string figure, Type type, string? parameter, string sdkMethod, double? goal)
    {
        BenchmarkReport Find(string method) => results
            .Where(report =>
                report.BenchmarkCase.Descriptor.Type == type
                && report.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
                && (parameter is null || report.BenchmarkCase.Parameters.Items.Single().Value as string == parameter))
            .MinBy(report => report.ResultStatistics?.Median ?? double.MaxValue)!;
        BenchmarkReport sdk = Find(sdkMethod);
        BenchmarkReport plain = Find("PlainSourceGenerated");
        double sdkTime = sdk.ResultStatistics?.Median ?? double.NaN;
        double plainTime = plain.ResultStatistics?.Median ?? double.NaN;
        double ratio = sdkTime / plainTime;
        return new FigureRow(
            figure,
            $"{FigureRow.Time(sdkTime)}, {FigureRow.Bytes(sdk.GcStats.GetBytesAllocatedPerOperation(sdk.BenchmarkCase))}",
            $"{FigureRow.Time(plainTime)}, {FigureRow.Bytes(plain.GcStats.GetBytesAllocatedPerOperation(plain.BenchmarkCase))}",
            ratio,
            goal is { } most ? string.Create(CultureInfo.InvariantCulture, $"time <= {most:F2}x") : "-",
            goal is { } limit ? ratio <= limit : null);
    }

    private static async Task<IEnumerable<FigureRow>> FileFiguresAsync(int megabytes, int rounds)
    {
        string folder = Path.Combine(Path.GetTempPath(), "evo8x8-figures-ccai");
        Directory.CreateDirectory(folder);
        string ndjson = Path.Combine(folder, "records.ndjson");
        string array = Path.Combine(folder, "records.json");
        try
        {
            ThroughputMeasurement.WriteInputs(ndjson, array, (long)megabytes * 1024 * 1024);
            var speed = new Dictionary<string, double>();
            var peak = new Dictionary<string, double>();
            string[] scenarios = ["plain-ndjson", "sdk-ndjson", "plain-array", "sdk-array"];
            for (int round = 0; round < rounds; round++)
            {
                foreach (string scenario in round % 2 == 0 ? scenarios : scenarios.Reverse())
                {
                    (double mbps, double peakMb) = await ThroughputMeasurement.MeasureAsync(scenario, scenario.EndsWith("array", StringComparison.Ordinal) ? array : ndjson).ConfigureAwait(false);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {scenario,-13} {mbps,7:F1} MB/s, peak {peakMb:F1} MB"));
                    speed[scenario] = speed.GetValueOrDefault(scenario) + (mbps / rounds);
                    peak[scenario] = Math.Max(peak.GetValueOrDefault(scenario), peakMb);
                }
            }

            return
            [
                FileRow($"{megabytes} MB CCAI NDJSON (ReadNdjsonFileAsync vs plain over a byte buffer)", "ndjson", speed, peak),
                FileRow($"{megabytes} MB CCAI JSON array (ReadArrayFileAsync vs DeserializeAsyncEnumerable)", "array", speed, peak),
            ];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static FigureRow FileRow(string figure, string layout, Dictionary<string, double> speed, Dictionary<string, double> peak)
    {
        double sdk = speed[$"sdk-{layout}"];
        double plain = speed[$"plain-{layout}"];
        double sdkPeak = peak[$"sdk-{layout}"];
        return new FigureRow(
            figure,
            string.Create(CultureInfo.InvariantCulture, $"{sdk:F0} MB/s, peak {sdkPeak:F1} MB"),
            string.Create(CultureInfo.InvariantCulture, $"{plain:F0} MB/s, peak {peak[$"plain-{layout}"]:F1} MB"),
            sdk / plain,
            "MB/s >= 1.00x, peak < 64 MB",
            sdk / plain >= 1.0 && sdkPeak < 64);
    }

    private static async Task<IEnumerable<FigureRow>> SendFiguresAsync(bool quick)
    {
        IReadOnlyDictionary<string, double> perSecond;
        ConcurrentSendMeasurement measurement = await ConcurrentSendMeasurement.StartAsync().ConfigureAwait(false);
        await using (measurement.ConfigureAwait(false))
        {
            perSecond = await measurement.MeasureAsync(TimeSpan.FromSeconds(quick ? 1 : 4), quick ? 1 : 3).ConfigureAwait(false);
        }

        FigureRow Row(string figure, string kind, string baseline, double atLeast, string goal)
        {
            double ratio = perSecond[kind] / perSecond[baseline];
            return new FigureRow(
                figure,
                string.Create(CultureInfo.InvariantCulture, $"{perSecond[kind]:N0} calls/s"),
                string.Create(CultureInfo.InvariantCulture, $"{perSecond[baseline]:N0} calls/s ({baseline})"),
                ratio,
                goal,
                atLeast > 0 ? ratio >= atLeast : null);
        }

        return
        [
            Row("64 senders: Callflows.SendAsync over a plain HttpClient", "sdk-plain-httpclient", "raw", 0.95, "calls/s >= 0.95x"),
            Row("64 senders: default new VoiceClient(options)", "sdk-default", "raw", 0.90, "calls/s >= 0.90x"),
            Row("64 senders: default client with Resilience.Enabled = false (attribution, not a goal)", "sdk-default-resilience-off", "sdk-default", 0, "-"),
            Row("64 senders: DI client resolved once", "di-resolved-once", "raw", 0.90, "calls/s >= 0.90x"),
            Row("64 senders: DI client resolved per call vs once", "di-resolved-per-call", "di-resolved-once", 1 / 1.1, "time <= 1.10x (calls/s >= 0.91x)"),
        ];
    }
}
