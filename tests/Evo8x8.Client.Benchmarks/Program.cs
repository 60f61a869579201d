using System.Globalization;
using BenchmarkDotNet.Running;
using Evo8x8.Client.Benchmarks.Ccai;
using Evo8x8.Client.Benchmarks.Figures;
using Evo8x8.Client.Benchmarks.Voice;
using Evo8x8.Client.Benchmarks.Voice.Webhooks;

// "figures" prints issue 24's figures next to their baselines from one run; "send-loop" runs one kind of its 64
// senders alone, for a profiler; "webhook-load" is a bounded console load
// of the webhook endpoint on Kestrel; "measure…" is the CCAI throughput and working-set console (one scenario per
// process); everything else is BenchmarkDotNet.
if (args is ["figures", .. var figureArguments])
{
    return await FiguresRun.RunAsync(figureArguments);
}

if (args is ["ccai-attribution", .. var attributionArguments])
{
    return await RecordAttribution.RunAsync(attributionArguments);
}

if (args is ["send-loop", var kind, var seconds])
{
    // One kind of the 64-sender figures alone for a while, for a profiler to watch (see README, "Finding the cost").
    await using var measurement = await ConcurrentSendMeasurement.StartAsync();
    double perSecond = await measurement.MeasureOneAsync(kind, TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)));
    Console.WriteLine($"{kind}: {perSecond:N0} calls/s");
    return 0;
}

if (args is ["webhook-load", .. var loadArguments])
{
    return await WebhookEndpointLoad.RunAsync(loadArguments);
}

if (args.Length > 0 && args[0].StartsWith("measure", StringComparison.Ordinal))
{
    return await ThroughputMeasurement.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
