using System.Net;
using Evo8x8.Client.AspNetCore.Deduplication;
using Evo8x8.Client.AspNetCore.Tests.Infrastructure;
using Evo8x8.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Tests.Deduplication;

public sealed class InMemoryWebhookClaimStoreTests
{
    private const string Secret = "Bearer dedup-test-secret";

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 1, 2, 3, 4));

    [Fact]
    public async Task TryClaimAsync_SameKeyWithinTheWindow_OnlyTheFirstGetsIt()
    {
        var store = new InMemoryWebhookClaimStore(_clock);

        bool first = await store.TryClaimAsync("k", "a", Duration.FromMinutes(5));
        bool second = await store.TryClaimAsync("k", "b", Duration.FromMinutes(5));
        _clock.Now += Duration.FromMinutes(5);
        bool afterWindow = await store.TryClaimAsync("k", "c", Duration.FromMinutes(5));

        Assert.True(first);
        Assert.False(second);
        Assert.True(afterWindow);
    }

    [Fact]
    public async Task ReleaseAsync_BySomeoneElse_LeavesTheClaim()
    {
        var store = new InMemoryWebhookClaimStore(_clock);
        await store.TryClaimAsync("k", "mine", Duration.FromMinutes(5));

        await store.ReleaseAsync("k", "not-mine");
        bool claimedAfterForeignRelease = await store.TryClaimAsync("k", "other", Duration.FromMinutes(5));
        await store.ReleaseAsync("k", "mine");
        bool claimedAfterOwnRelease = await store.TryClaimAsync("k", "other", Duration.FromMinutes(5));

        Assert.False(claimedAfterForeignRelease);
        Assert.True(claimedAfterOwnRelease);
    }

    [Fact]
    public async Task CompleteAsync_AfterAClaim_TheKeyIsDoneForTheWindowAndAReleaseLeavesIt()
    {
        var store = new InMemoryWebhookClaimStore(_clock);
        await store.TryClaimAsync("k", "a", Duration.FromSeconds(15));
        WebhookClaimState inFlight = await store.GetStateAsync("k");

        await store.CompleteAsync("k", "a", Duration.FromMinutes(5));
        await store.ReleaseAsync("k", "a");
        WebhookClaimState done = await store.GetStateAsync("k");
        _clock.Now += Duration.FromMinutes(5);
        WebhookClaimState afterWindow = await store.GetStateAsync("k");

        Assert.Equal(WebhookClaimState.InFlight, inFlight);
        Assert.Equal(WebhookClaimState.Done, done);
        Assert.Equal(WebhookClaimState.None, afterWindow);
    }

    [Fact]
    public async Task RenewAsync_BeforeAndAfterTheLeaseRanOut_ExtendsOnlyALiveClaim()
    {
        var store = new InMemoryWebhookClaimStore(_clock);
        await store.TryClaimAsync("k", "a", Duration.FromSeconds(15));

        _clock.Now += Duration.FromSeconds(10);
        bool renewed = await store.RenewAsync("k", "a", Duration.FromSeconds(15));
        _clock.Now += Duration.FromSeconds(10);
        WebhookClaimState stillInFlight = await store.GetStateAsync("k");
        bool renewedBySomeoneElse = await store.RenewAsync("k", "b", Duration.FromSeconds(15));
        _clock.Now += Duration.FromSeconds(10);
        bool renewedTooLate = await store.RenewAsync("k", "a", Duration.FromSeconds(15));

        Assert.True(renewed);
        Assert.Equal(WebhookClaimState.InFlight, stillInFlight);
        Assert.False(renewedBySomeoneElse);
        Assert.False(renewedTooLate);
        Assert.Equal(WebhookClaimState.None, await store.GetStateAsync("k"));
    }

    [Fact]
    public async Task Endpoint_DuplicateDeliveries_RunTheHandlerOnceAndAnswerEach200()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("seed-000-vss-success.json");

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => receiver.PostAsync("/webhooks/8x8", delivery, Secret)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, handler.Runs);
        Assert.Contains("Skipped a duplicate 8x8 webhook delivery (SESSION_SUMMARY:1f048a84-ea6d-11ee-911b-078f7290bf52)", receiver.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_HandlerFailsThenTheRedeliveryArrives_TheRedeliveryRuns()
    {
        var handler = new CountingHandler();
        handler.FailNext(1);
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage failed = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage redelivered = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, handler.Runs);
    }

    [Fact]
    public async Task Endpoint_RepeatedCallAction_IsNeverSkippedBecause8x8WaitsForTheCallflow()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("vca-call-received.json");

        using HttpResponseMessage first = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage second = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(2, handler.Runs);
    }

    [Fact]
    public async Task Endpoint_SameEventAfterTheWindow_RunsAgain()
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        using HttpResponseMessage first = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        _clock.Now += Duration.FromMinutes(10);
        using HttpResponseMessage afterWindow = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(2, handler.Runs);
    }

    [Fact]
    public async Task Endpoint_SlowFirstDeliveryFailsWhileADuplicateWaits_TheDuplicateRunsTheHandler()
    {
        var handler = new CountingHandler { Work = TimeSpan.FromMilliseconds(1500) };
        handler.FailNext(1);
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        Task<HttpResponseMessage> first = receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        await handler.RunsStartedAsync(1);
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage failed = await first;

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, handler.Runs);
        Assert.Contains("waits for the outcome of the same event in flight", receiver.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_SlowFirstDeliverySucceedsWhileADuplicateWaits_TheDuplicateIsAnswered200Unprocessed()
    {
        var handler = new CountingHandler { Work = TimeSpan.FromMilliseconds(800) };
        await using Receiver receiver = await StartAsync(handler);
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        Task<HttpResponseMessage> first = receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        await handler.RunsStartedAsync(1);
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage succeeded = await first;

        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(1, handler.Runs);
    }

    [Fact]
    public async Task Endpoint_DuplicateStillInFlightAfterTheWaitLimit_IsAnswered503WithRetryAfter()
    {
        var handler = new CountingHandler { Work = TimeSpan.FromMilliseconds(2000) };
        await using Receiver receiver = await StartAsync(handler, options => options.InFlightWaitLimit = Duration.FromMilliseconds(300));
        string delivery = Receiver.Fixture("vcs-call-connected.json");

        Task<HttpResponseMessage> first = receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        await handler.RunsStartedAsync(1);
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage succeeded = await first;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duplicate.StatusCode);
        Assert.NotNull(duplicate.Headers.RetryAfter);
        Assert.Contains("still being handled", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, succeeded.StatusCode);
        Assert.Equal(1, handler.Runs);
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[{\"msisdn\": \"+6512345678\", \"updatedTimestamp\": \"2023-02-17T05:10:14.760Z\"}, null]")]
    public async Task Endpoint_VirtualNumberUpdateWithANullNumber_IsHandledOnceNotAnswered500(string virtualNumbers)
    {
        var handler = new CountingHandler();
        await using Receiver receiver = await StartAsync(handler);
        string delivery = "{\"namespace\": \"VOICE\", \"eventType\": \"VIRTUAL_NUMBER_UPDATE\", \"payload\": "
            + $"{{\"subAccountId\": \"MySubAccount\", \"totalNumbers\": 2, \"updateEventType\": \"UPDATES\", \"virtualNumbers\": {virtualNumbers}}}}}";

        using HttpResponseMessage first = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);
        using HttpResponseMessage duplicate = await receiver.PostAsync("/webhooks/8x8", delivery, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(1, handler.Runs);
        Voice.Webhooks.VirtualNumberUpdateEvent update = Assert.IsType<Voice.Webhooks.VirtualNumberUpdateEvent>(Assert.Single(handler.Events));
        Assert.All(update.Payload.VirtualNumbers, number => Assert.NotNull(number));
        Assert.StartsWith("VIRTUAL_NUMBER_UPDATE:MySubAccount:UPDATES:2:", update.DeduplicationKey, StringComparison.Ordinal);
        Assert.Contains("MySubAccount", update.ToString(), StringComparison.Ordinal);
    }

    private Task<Receiver> StartAsync(CountingHandler handler, Action<WebhookDeduplicationOptions>? configure = null)
        => Receiver.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(handler);
                builder.Services.AddSingleton<IClock>(_clock);
                builder.Services.AddEightByEightWebhookDeduplication(options =>
                {
                    options.Window = Duration.FromMinutes(10);
                    configure?.Invoke(options);
                });
            },
            app => app.MapEightByEightWebhooks<CountingHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = Secret));
}
