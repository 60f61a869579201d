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
        Assert.Contains("claim store does not answer", receiver.Log.All, StringComparison.Ordinal);
        Assert.Contains("deliveries are processed without de-duplication", receiver.Log.All, StringComparison.Ordinal);
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

    [RedisFact]
    public async Task SlowFirstDeliveryFails_WhileADuplicateWaitsOnTheOtherInstance_TheDuplicateRunsTheHandler()
    {
        _handler.Work = TimeSpan.FromMilliseconds(1500);
        _handler.FailNext(1);
        await using Receiver first = await StartAsync();
        await using Receiver second = await StartAsync();
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        Task<HttpResponseMessage> failing = first.PostAsync("/webhooks/8x8", delivery, Secret);
        await _handler.RunsStartedAsync(1);
        using HttpResponseMessage duplicate = await second.PostAsync("/webhooks/8x8", delivery, Secret);
        int runsWhenTheDuplicateWasAnswered = _handler.Runs;
        using HttpResponseMessage failed = await failing;

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.True(runsWhenTheDuplicateWasAnswered == 2, $"{runsWhenTheDuplicateWasAnswered} runs when the duplicate was answered 200, instead of 2; logs:{Environment.NewLine}{first.Log.All}{second.Log.All}");
    }

    [RedisFact]
    public async Task ClaimWriteTimesOut_ButLandsOnTheServer_TheRedeliveryStillRuns()
    {
        // 8x8's redelivery must not meet a claim that the timed-out write left behind.
        await using Receiver receiver = await StartAsync(ClaimStoreUnavailableBehavior.Answer503, redisOptions: ",asyncTimeout=300,syncTimeout=300");
        string delivery = Receiver.Fixture("vcs-call-connected.json");
        using HttpResponseMessage warmUp = await receiver.PostAsync("/webhooks/8x8", Receiver.Fixture("seed-000-vss-success.json"), Secret);

        Assert.Equal("+OK", await _redis!.SendAsync("CLIENT PAUSE 1500 WRITE"));
        var paused = System.Diagnostics.Stopwatch.StartNew();
        using HttpResponseMessage duringPause = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        TimeSpan answeredAfter = paused.Elapsed;
        TimeSpan untilThePauseIsOver = TimeSpan.FromMilliseconds(2000) - paused.Elapsed;
        if (untilThePauseIsOver > TimeSpan.Zero)
        {
            await Task.Delay(untilThePauseIsOver);
        }

        using HttpResponseMessage redelivered = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.True(answeredAfter < TimeSpan.FromMilliseconds(1500), $"answered after {answeredAfter}, not within the pause");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringPause.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.True(_handler.Runs == 2, $"{_handler.Runs} runs instead of 2 (warm-up and redelivery); logs:{Environment.NewLine}{receiver.Log.All}");
    }

    [RedisFact]
    public async Task TwoReceiversOnOneRedis_WithTheirOwnRoutes_BothRunTheSameDelivery()
    {
        await using Receiver billing = await StartAsync(route: "/billing/8x8");
        await using Receiver crm = await StartAsync(route: "/crm/8x8");
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage toBilling = await billing.PostAsync("/billing/8x8", delivery, Secret);
        using HttpResponseMessage toCrm = await crm.PostAsync("/crm/8x8", delivery, Secret);
        using HttpResponseMessage duplicateToCrm = await crm.PostAsync("/crm/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.OK, toBilling.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toCrm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicateToCrm.StatusCode);
        Assert.Equal(2, _handler.Runs);
    }

    [RedisFact]
    public async Task TwoEnvironmentsOnOneRedis_WithTheirOwnKeyPrefix_BothRunTheSameDelivery()
    {
        await using Receiver staging = await StartAsync(keyPrefix: "evo8x8:staging:");
        await using Receiver production = await StartAsync(keyPrefix: "evo8x8:production:");
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage toStaging = await staging.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage toProduction = await production.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.OK, toStaging.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toProduction.StatusCode);
        Assert.Equal(2, _handler.Runs);
    }

    [RedisFact]
    public async Task InstanceDiedMidHandler_ItsLeaseRunsOut_AndTheWaitingDuplicateRunsTheHandler()
    {
        await using Receiver receiver = await StartAsync(configure: options =>
        {
            options.InFlightLease = NodaTime.Duration.FromSeconds(1);
            options.InFlightWaitLimit = NodaTime.Duration.FromSeconds(5);
        });
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        // What a crashed instance leaves: an in-flight claim nobody renews (the key an endpoint on this route writes).
        string key = $"{WebhookDeduplicationOptions.DefaultKeyPrefix}/webhooks/8x8:CALL_STATUS:c0ffee00-3f52-11ef-9e5c-3b1f0c0f6a10";
        Assert.Equal("+OK", await _redis!.SendAsync($"SET {key} i:crashed-instance PX 1000"));
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(1, _handler.Runs);
    }

    [RedisFact]
    public async Task HandlerRunsLongerThanTheLease_TheClaimIsRenewed_AndTheDuplicateWaitsForItsSuccess()
    {
        _handler.Work = TimeSpan.FromMilliseconds(2500);
        await using Receiver first = await StartAsync(configure: Lease1s);
        await using Receiver second = await StartAsync(configure: Lease1s);
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        Task<HttpResponseMessage> slow = first.PostAsync("/webhooks/8x8", delivery, Secret);
        await _handler.RunsStartedAsync(1);
        await Task.Delay(1200);   // past the 1 s lease: only its renewal keeps the claim in flight
        using HttpResponseMessage duplicate = await second.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage succeeded = await slow;

        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.True(_handler.Runs == 1, $"{_handler.Runs} runs instead of 1; logs:{Environment.NewLine}{first.Log.All}{second.Log.All}");

        static void Lease1s(WebhookDeduplicationOptions options)
        {
            options.InFlightLease = NodaTime.Duration.FromSeconds(1);
            options.InFlightWaitLimit = NodaTime.Duration.FromSeconds(5);
        }
    }

    private Task<Receiver> StartAsync(
        ClaimStoreUnavailableBehavior whenUnavailable = ClaimStoreUnavailableBehavior.ProcessAnyway,
        string route = "/webhooks/8x8",
        string? keyPrefix = null,
        string redisOptions = "",
        Action<WebhookDeduplicationOptions>? configure = null)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(_handler);
                builder.Services.AddEightByEightWebhookDeduplicationOnRedis(_redis!.Configuration + redisOptions, options =>
                {
                    options.WhenStoreUnavailable = whenUnavailable;
                    options.KeyPrefix = keyPrefix ?? options.KeyPrefix;
                    configure?.Invoke(options);
                });
            },
            app => app.MapEightByEightWebhooks<CountingHandler>(route, options => options.AuthorizationHeaderValue = Secret));
}
