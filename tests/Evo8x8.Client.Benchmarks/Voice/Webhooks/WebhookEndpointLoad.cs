using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Net;
using System.Text;
using Evo8x8.Client.AspNetCore.Redis;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Evo8x8.Client.Benchmarks.Voice.Webhooks;

/// <summary>
/// Issue 14's figure: deliveries per second and p99 latency of the mapped webhook endpoint on Kestrel at 127.0.0.1, with
/// and without de-duplication on Redis, measured in one run. A bounded console load, not BenchmarkDotNet: the client,
/// the server and Redis share the machine, so the figures are for comparing the two rows, not absolute.
/// Run: dotnet run -c Release --project tests/Evo8x8.Client.Benchmarks -- webhook-load [seconds] [concurrency]
/// </summary>
public static class WebhookEndpointLoad
{
    private const string Secret = "Bearer load-test-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        int seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        int concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
        Console.WriteLine($"{Environment.ProcessorCount} cores, {concurrency} concurrent senders, {seconds} s per row after a 2 s warm-up; every delivery is a new event (each one claims a key).");
        Console.WriteLine("| endpoint | deliveries/s | p50 ms | p99 ms | failed | warnings logged |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        string? redisServer = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator).Select(directory => Path.Combine(directory, "redis-server")).FirstOrDefault(File.Exists);
        if (redisServer is null)
        {
            Console.WriteLine(await MeasureAsync("no de-duplication", redis: null, seconds, concurrency));
            Console.WriteLine("| de-duplication on Redis | skipped: redis-server is not installed (apt-get install -y redis-server) | | | | |");
            return 0;
        }

        int port = FreePort();
        using Process redis = Process.Start(new ProcessStartInfo(redisServer, ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));

            // Two rounds, alternating, so that JIT warm-up and the other builders' load do not all fall on one row.
            for (int round = 1; round <= 2; round++)
            {
                Console.WriteLine(await MeasureAsync($"round {round}: no de-duplication", redis: null, seconds, concurrency));
                Console.WriteLine(await MeasureAsync($"round {round}: de-duplication on Redis", $"127.0.0.1:{port}", seconds, concurrency));
            }

            // Proof that the Redis rows really claimed (a failing Redis would be processed anyway and counted as a warning).
            using ConnectionMultiplexer connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port}");
            Console.WriteLine($"Claims held in Redis after the run (warm-ups included): {await connection.GetServer("127.0.0.1", port).DatabaseSizeAsync()}");
        }
        finally
        {
            redis.Kill();
            await redis.WaitForExitAsync();
        }

        return 0;
    }

    private static async Task<string> MeasureAsync(string name, string? redis, int seconds, int concurrency)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var warnings = new WarningCounter();
        builder.Logging.AddProvider(warnings);
        if (redis is not null)
        {
            builder.Services.AddEightByEightWebhookDeduplicationOnRedis(redis);
        }

        await using WebApplication app = builder.Build();
        app.MapEightByEightWebhooks<NoWorkHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = Secret);
        await app.StartAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Secret);

        await SendForAsync(client, TimeSpan.FromSeconds(2), concurrency);
        (List<double> latencies, int failed) = await SendForAsync(client, TimeSpan.FromSeconds(seconds), concurrency);
        await app.StopAsync();

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {latencies.Count / (double)seconds:F0} | {Percentile(0.50):F2} | {Percentile(0.99):F2} | {failed} | {warnings.Count} |");
    }

    private static async Task<(List<double> Latencies, int Failed)> SendForAsync(HttpClient client, TimeSpan duration, int concurrency)
    {
        long end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            int failed = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                using var content = new StringContent(CallStatus(Guid.NewGuid()), Encoding.UTF8, "application/json");
                long start = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await client.PostAsync("/webhooks/8x8", content);
                double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    latencies.Add(milliseconds);
                }
                else
                {
                    failed++;
                }
            }

            return (latencies, failed);
        }));
        return ([.. results.SelectMany(result => result.latencies)], results.Sum(result => result.failed));
    }

    private static string CallStatus(Guid eventId)
        => $$"""
            {"payload":{"eventId":"{{eventId}}","callId":"1f048a83-ea6d-11ee-911b-e9023a97c284","sessionId":"1f048a84-ea6d-11ee-911b-078f7290bf52",
            "subAccountId":"8x8_test","callStatus":"CALL_CONNECTED","callDirection":"OUTBOUND","callType":"PSTN","source":"+12314377870",
            "destination":"+6568332048","callDuration":0,"sipCode":200,"timestamp":"2024-03-25T06:01:37Z"},
            "namespace":"VOICE","eventType":"CALL_STATUS","description":"Call status update"}
            """;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Counts warnings (for example "claim store unavailable"), so that a row cannot look fast by skipping Redis.</summary>
    private sealed class WarningCounter : ILoggerProvider, ILogger
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                if (Interlocked.Increment(ref _count) == 1)
                {
                    Console.WriteLine($"First warning: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
                }
            }
        }

        public void Dispose()
        {
        }
    }

    private sealed class NoWorkHandler : IWebhookHandler
    {
        public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
            => Task.FromResult<CallActionReply?>(null);
    }
}
