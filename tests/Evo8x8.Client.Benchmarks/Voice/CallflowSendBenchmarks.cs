using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Benchmarks.Voice;

/// <summary>
/// What sending one voice message costs over HTTP (Kestrel on 127.0.0.1, same process): a raw HttpClient with
/// source-generated System.Text.Json (the baseline), <c>Callflows.SendAsync</c> over a plain HttpClient, and the default
/// <c>new VoiceClient(options)</c> (shared handler, retries, telemetry); then the same with 64 concurrent senders.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CallflowSendBenchmarks
{
    private const int Senders = 64;
    private const string ApiKey = BenchmarkVoiceMessage.ApiKey;

    private CallflowLoopbackServer _server = null!;
    private HttpClient _raw = null!;
    private HttpClient _plain = null!;
    private Uri _callflowsUri = null!;
    private PlainCallflow _plainCallflow = null!;
    private Callflow _callflow = null!;
    private VoiceClient _sdkOverPlain = null!;
    private VoiceClient _sdkDefault = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await CallflowLoopbackServer.StartAsync();
        _callflowsUri = new Uri(_server.BaseAddress, $"api/v1/subaccounts/{CallflowLoopbackServer.SubAccountId}/callflows");
        _raw = new HttpClient();
        _raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        _plain = new HttpClient();

        _callflow = BenchmarkVoiceMessage.Build();
        _plainCallflow = BenchmarkVoiceMessage.Plain(_callflow);

        var options = new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = CallflowLoopbackServer.SubAccountId, BaseAddress = _server.BaseAddress };
        _sdkOverPlain = new VoiceClient(options, _plain);
        _sdkDefault = new VoiceClient(options);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw.Dispose();
        _plain.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + STJ")]
    [BenchmarkCategory("one sender")]
    public Task<string?> Raw() => RawSendAsync();

    [Benchmark(Description = "SDK over a plain HttpClient")]
    [BenchmarkCategory("one sender")]
    public Task<CallflowResult> SdkOverPlainHttpClient() => _sdkOverPlain.Callflows.SendAsync(_callflow);

    [Benchmark(Description = "SDK default client")]
    [BenchmarkCategory("one sender")]
    public Task<CallflowResult> SdkDefault() => _sdkDefault.Callflows.SendAsync(_callflow);

    [Benchmark(Baseline = true, OperationsPerInvoke = Senders, Description = "raw HttpClient + STJ, 64 senders")]
    [BenchmarkCategory("64 senders")]
    public Task RawConcurrent() => Concurrently(_ => RawSendAsync());

    [Benchmark(OperationsPerInvoke = Senders, Description = "SDK over a plain HttpClient, 64 senders")]
    [BenchmarkCategory("64 senders")]
    public Task SdkOverPlainHttpClientConcurrent() => Concurrently(_ => _sdkOverPlain.Callflows.SendAsync(_callflow));

    [Benchmark(OperationsPerInvoke = Senders, Description = "SDK default client, 64 senders")]
    [BenchmarkCategory("64 senders")]
    public Task SdkDefaultConcurrent() => Concurrently(_ => _sdkDefault.Callflows.SendAsync(_callflow));

    private static Task Concurrently<T>(Func<int, Task<T>> send)
    {
        var calls = new Task[Senders];
        for (int i = 0; i < Senders; i++)
        {
            calls[i] = send(i);
        }

        return Task.WhenAll(calls);
    }

    private Task<string?> RawSendAsync() => BenchmarkVoiceMessage.RawSendAsync(_raw, _callflowsUri, _plainCallflow);
}
