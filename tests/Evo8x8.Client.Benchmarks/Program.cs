using BenchmarkDotNet.Running;
using Evo8x8.Client.Benchmarks.Webhooks;

// "webhook-load" is a bounded console load of the webhook endpoint on Kestrel; everything else is BenchmarkDotNet.
if (args is ["webhook-load", .. var loadArguments])
{
    return await WebhookEndpointLoad.RunAsync(loadArguments);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
