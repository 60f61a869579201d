using System.Diagnostics.Metrics;
using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Redis;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests.Redis;

/// <summary>A misconfigured or lost Redis as a user meets it: at start-up, in the health check, in the log and in the metric.</summary>
public sealed class RedisWebhookDeduplicationServiceCollectionExtensionsTests
{
    private const string Secret = "Bearer redis-startup-secret";
    private const string Unanswered = "claim store does not answer";

    private readonly CountingHandler _handler = new();

    [RedisFact]
    public async Task WrongConnectionString_ByDefault_StartsWithOneErrorAndCountsEveryDeliveryProcessedWithoutAClaim()
    {
        int port = RedisServer.UnusedPort();
        await using Receiver receiver = await StartAsync($"127.0.0.1:{port},connectTimeout=500");
        using var processedWithoutClaim = new UnclaimedCounter(receiver);

        HttpResponseMessage[] answers = [
            await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret),
            await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("seed-000-vss-success.json"), Secret),
            await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vnu-updates.json"), Secret),
        ];
        using HttpResponseMessage health = await receiver.Client.GetAsync("/health");

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(3, _handler.Runs);
        string startupLine = Assert.Single(receiver.Log.Lines, IsOutageLine);
        Assert.Contains("at start-up", startupLine, StringComparison.Ordinal);
        Assert.Contains("check its connection string", startupLine, StringComparison.Ordinal);
        Assert.DoesNotContain(receiver.Log.Lines, line => line.Contains(" at StackExchange.Redis", StringComparison.Ordinal));
        Assert.Equal(3, processedWithoutClaim.Total);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    [RedisFact]
    public async Task WrongConnectionString_WithFailStartup_TheApplicationDoesNotStart()
    {
        int port = RedisServer.UnusedPort();

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => StartAsync($"127.0.0.1:{port},connectTimeout=500", options => options.FailStartupWhenStoreUnavailable = true));

        Assert.Contains("does not answer at start-up", error.Message, StringComparison.Ordinal);
        Assert.Contains("check its connection string", error.Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task RedisLostThenBack_OneLineForTheOutageOneForTheReturn_AndTheHealthCheckFollows()
    {
        await using RedisServer redis = await RedisServer.StartAsync();
        await using Receiver receiver = await StartAsync(redis.Configuration + ",connectTimeout=500");
        using HttpResponseMessage healthyBefore = await receiver.Client.GetAsync("/health");

        await redis.StopAsync();
        for (int i = 0; i < 4; i++)
        {
            using HttpResponseMessage during = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        using HttpResponseMessage unhealthy = await receiver.Client.GetAsync("/health");
        await using RedisServer restarted = await RedisServer.StartAsync(redis.Port);
        await WaitUntilHealthyAsync(receiver);
        using HttpResponseMessage after = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, healthyBefore.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(receiver.Log.Lines, IsOutageLine);
        Assert.Contains(receiver.Log.Lines, line => line.Contains("answers again; 4 deliveries were processed without de-duplication", StringComparison.Ordinal));
        Assert.DoesNotContain(receiver.Log.Lines, line => line.Contains(" at StackExchange.Redis", StringComparison.Ordinal));
    }

    // The package's own lines; the health check middleware repeats the check's description in its own category.
    private static bool IsOutageLine(string line)
        => line.Contains("Evo8x8.Client.AspNetCore.Webhooks: ", StringComparison.Ordinal) && line.Contains(Unanswered, StringComparison.Ordinal);

    private static async Task WaitUntilHealthyAsync(Receiver receiver)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            using HttpResponseMessage health = await receiver.Client.GetAsync("/health", limit.Token);
            if (health.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200, limit.Token);
        }
    }

    private Task<Receiver> StartAsync(string redisConfiguration, Action<WebhookDeduplicationOptions>? configure = null)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(_handler);
                builder.Services.AddEightByEightWebhookDeduplicationOnRedis(redisConfiguration, configure);
                builder.Services.AddHealthChecks().AddEightByEightWebhookClaimStore();
            },
            app =>
            {
                app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = Secret);
                app.MapHealthChecks("/health");
            });

    /// <summary>Listens to the metric the receiver's own meter factory publishes (other tests' receivers run alongside).</summary>
    private sealed class UnclaimedCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public UnclaimedCounter(Receiver receiver)
        {
            object meterFactory = receiver.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "evo8x8.webhooks.processed_without_claim" && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, measurement, _, _) => Interlocked.Add(ref _total, measurement));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
