using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Redis;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Tests.Redis;

/// <summary>Two receiving applications sharing one real redis-server, started for each test and stopped after it.</summary>
public sealed class RedisWebhookClaimStoreTests : IAsyncLifetime
{
    private const string Secret = "Bearer redis-test-secret";

    private readonly CountingHandler _handler = new();
    private RedisServer? _redis;

    public async Task InitializeAsync()
    {
        if (RedisServer.Executable is not null)
        {
            _redis = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [RedisFact]
    public async Task ConcurrentDuplicates_ToTwoInstancesSharingRedis_RunTheHandlerExactlyOnce()
    {
        _handler.Work = TimeSpan.FromMilliseconds(200);
        await using Receiver first = await StartAsync();
        await using Receiver second = await StartAsync();
        string delivery = Receiver.Fixture("seed-000-vss-success.json");

        // Both instances talk to Redis once first, so that the race below is between connected instances.
        using HttpResponseMessage warmUpFirst = await first.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);
        using HttpResponseMessage warmUpSecond = await second.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);
        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => (i % 2 == 0 ? first : second).PostAsync("/webhooks/8x8", delivery, Secret)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.True(_handler.Runs == 2, $"{_handler.Runs} runs instead of 2 (one warm-up, one delivery); logs:{Environment.NewLine}{first.Log.All}{second.Log.All}");
    }

    [RedisFact]
    public async Task HandlerFailure_OnOneInstance_TheRedeliveryToTheOtherRuns()
    {
        _handler.FailNext(1);
        await using Receiver first = await StartAsync();
        await using Receiver second = await StartAsync();
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage failed = await first.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage redelivered = await second.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage duplicate = await first.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, _handler.Runs);
    }

    [RedisFact]
    public async Task RedisStopped_ByDefault_ProcessesTheDeliveryAndLogsAWarning()
    {
        await using Receiver receiver = await StartAsync();
        using HttpResponseMessage before = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        await _redis!.StopAsync();
        using HttpResponseMessage during = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(2, _handler.Runs);
        Assert.Contains("claim store is unavailable; the CALL_STATUS delivery is processed without de-duplication", receiver.Log.All, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task RedisStopped_WithAnswer503_RefusesWithoutRunningTheHandler()
    {
        await using Receiver receiver = await StartAsync(ClaimStoreUnavailableBehavior.Answer503);
        using HttpResponseMessage before = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        await _redis!.StopAsync();
        using HttpResponseMessage during = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("vcs-call-connected.json"), Secret);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Contains("may deliver it again", await during.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, _handler.Runs);
    }

    private Task<Receiver> StartAsync(ClaimStoreUnavailableBehavior whenUnavailable = ClaimStoreUnavailableBehavior.ProcessAnyway)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(_handler);
                builder.Services.AddEightByEightWebhookDeduplicationOnRedis(_redis!.Configuration, options => options.WhenStoreUnavailable = whenUnavailable);
            },
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = Secret));
}
