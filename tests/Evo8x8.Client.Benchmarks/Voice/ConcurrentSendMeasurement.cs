using System.Diagnostics;
using System.Net.Http.Headers;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Benchmarks.Voice;

/// <summary>
/// Calls per second with 64 concurrent senders against Kestrel on 127.0.0.1 (same process), for a raw HttpClient with
/// source-generated System.Text.Json (the baseline), <c>Callflows.SendAsync</c> over a plain HttpClient, the default
/// <c>new VoiceClient(options)</c> (and, to attribute its cost, the same without its resilience pipeline), and a DI-registered client resolved once or on every call. The senders run in
/// rounds that alternate between the kinds, so the machine's load falls on all of them alike.
/// </summary>
internal sealed class ConcurrentSendMeasurement : IAsyncDisposable
{
    public const int Senders = 64;
    private const string ApiKey = BenchmarkVoiceMessage.ApiKey;

    private readonly CallflowLoopbackServer _server;
    private readonly HttpClient _raw;
    private readonly HttpClient _plain;
    private readonly ServiceProvider _services;
    private readonly Uri _callflowsUri;
    private readonly Callflow _callflow;
    private readonly PlainCallflow _plainCallflow;
    private readonly IVoiceClient _sdkOverPlain;
    private readonly IVoiceClient _sdkDefault;
    private readonly IVoiceClient _sdkWithoutResilience;
    private readonly IVoiceClient _diOnce;

    private ConcurrentSendMeasurement(CallflowLoopbackServer server)
    {
        _server = server;
        _callflowsUri = new Uri(server.BaseAddress, $"api/v1/subaccounts/{CallflowLoopbackServer.SubAccountId}/callflows");
        _raw = new HttpClient();
        _raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        _plain = new HttpClient();
        _callflow = BenchmarkVoiceMessage.Build();
        _plainCallflow = BenchmarkVoiceMessage.Plain(_callflow);

        var options = new VoiceClientOptions { ApiKey = ApiKey, SubAccountId = CallflowLoopbackServer.SubAccountId, BaseAddress = server.BaseAddress };
        _sdkOverPlain = new VoiceClient(options, _plain);
        _sdkDefault = new VoiceClient(options);

        // For attribution only: the default client without its Polly pipeline (no timeouts, no retries).
        _sdkWithoutResilience = new VoiceClient(new VoiceClientOptions
        {
            ApiKey = ApiKey,
            SubAccountId = CallflowLoopbackServer.SubAccountId,
            BaseAddress = server.BaseAddress,
            Resilience = new() { Enabled = false },
        });
        var services = new ServiceCollection();
        services.AddEightByEightVoice(registered =>
        {
            registered.ApiKey = ApiKey;
            registered.SubAccountId = CallflowLoopbackServer.SubAccountId;
            registered.BaseAddress = server.BaseAddress;
        });
        _services = services.BuildServiceProvider();
        _diOnce = _services.GetRequiredService<IVoiceClient>();
    }

    /// <summary>The kinds of sender, the baseline first.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        ["raw", "sdk-plain-httpclient", "sdk-default", "sdk-default-resilience-off", "di-resolved-once", "di-resolved-per-call"];

    public static async Task<ConcurrentSendMeasurement> StartAsync() => new(await CallflowLoopbackServer.StartAsync().ConfigureAwait(false));

    /// <summary>Calls per second of each kind: every kind warmed up, then <paramref name="rounds"/> alternating rounds.</summary>
    public async Task<IReadOnlyDictionary<string, double>> MeasureAsync(TimeSpan perRound, int rounds)
    {
        foreach (string kind in Kinds)
        {
            await RunAsync(kind, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }

        var calls = Kinds.ToDictionary(kind => kind, _ => 0L);
        var elapsed = Kinds.ToDictionary(kind => kind, _ => TimeSpan.Zero);
        for (int round = 0; round < rounds; round++)
        {
            // Alternate the order, so that no kind always runs right after the same one.
            IEnumerable<string> order = round % 2 == 0 ? Kinds : Kinds.Reverse();
            foreach (string kind in order)
            {
                (long done, TimeSpan took) = await RunAsync(kind, perRound).ConfigureAwait(false);
                calls[kind] += done;
                elapsed[kind] += took;
            }
        }

        return Kinds.ToDictionary(kind => kind, kind => calls[kind] / elapsed[kind].TotalSeconds);
    }

    /// <summary>Calls per second of one kind alone, after a second of warm-up (for a profiler to watch).</summary>
    public async Task<double> MeasureOneAsync(string kind, TimeSpan duration)
    {
        await RunAsync(kind, TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        (long done, TimeSpan took) = await RunAsync(kind, duration).ConfigureAwait(false);
        return done / took.TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        _raw.Dispose();
        _plain.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<(long Calls, TimeSpan Elapsed)> RunAsync(string kind, TimeSpan duration)
    {
        Func<Task> send = kind switch
        {
            "raw" => RawSendAsync,
            "sdk-plain-httpclient" => () => _sdkOverPlain.Callflows.SendAsync(_callflow),
            "sdk-default" => () => _sdkDefault.Callflows.SendAsync(_callflow),
            "sdk-default-resilience-off" => () => _sdkWithoutResilience.Callflows.SendAsync(_callflow),
            "di-resolved-once" => () => _diOnce.Callflows.SendAsync(_callflow),
            "di-resolved-per-call" => () => _services.GetRequiredService<IVoiceClient>().Callflows.SendAsync(_callflow),
            _ => throw new ArgumentException($"unknown sender {kind}", nameof(kind)),
        };

        long calls = 0;
        var clock = Stopwatch.StartNew();
        var senders = new Task[Senders];
        for (int i = 0; i < Senders; i++)
        {
            senders[i] = Task.Run(async () =>
            {
                while (clock.Elapsed < duration)
                {
                    await send().ConfigureAwait(false);
                    Interlocked.Increment(ref calls);
                }
            });
        }

        await Task.WhenAll(senders).ConfigureAwait(false);
        return (calls, clock.Elapsed);
    }

    private Task<string?> RawSendAsync() => BenchmarkVoiceMessage.RawSendAsync(_raw, _callflowsUri, _plainCallflow);
}
