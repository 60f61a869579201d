using BenchmarkDotNet.Running;
using Evo8x8.Client.Benchmarks.Ccai;
using Evo8x8.Client.Benchmarks.Figures;
using Evo8x8.Client.Benchmarks.Voice.Webhooks;

// "figures" prints issue 24's figures next to their baselines from one run; "webhook-load" is a bounded console load
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
