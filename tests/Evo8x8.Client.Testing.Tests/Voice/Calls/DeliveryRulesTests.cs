using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests.Voice.Calls;

/// <summary>Duplicate deliveries and redelivery after a failure, as a receiver sees them and as Deliveries records them.</summary>
public sealed class DeliveryRulesTests
{
    private static Callflow VoiceMessage()
        => new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Your parcel arrives today.", "en-US-JennyNeural")
            .Hangup()
            .Build();

    private static IReadOnlyList<EmulatedWebhookDelivery> Summaries(Evo8x8Emulator emulator)
        => [.. emulator.Deliveries.Where(d => d.EventType == WebhookEventType.SessionSummary)];

    [Fact]
    public async Task Duplicate_VssTwice_ReceiverGetsTheSameSummaryTwiceWithOneDeduplicationKey()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"));
        emulator.Delivery.Duplicate(WebhookType.SessionSummary, copies: 2);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal(receiver.Requests[0].Body, receiver.Requests[1].Body);
        IReadOnlyList<EmulatedWebhookDelivery> summaries = Summaries(emulator);
        Assert.Equal([(1, false), (2, true)], summaries.Select(d => (d.Attempt, d.IsDuplicate)));
        Assert.Equal(summaries[0].Event.DeduplicationKey, summaries[1].Event.DeduplicationKey);
        Assert.All(emulator.Deliveries.Where(d => d.WebhookType != WebhookType.SessionSummary), d => Assert.Equal(1, d.Attempt));
    }

    [Fact]
    public async Task RedeliverOnFailure_500ThenOk_RedeliversOnceAndTheSummaryCountsAsDelivered()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        receiver.Reply(ScriptedReply.Text(500, "boom", "text/plain"), ScriptedReply.Json(200, "{}"));
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"));
        emulator.Delivery.RedeliverOnFailure(WebhookType.SessionSummary, maxRedeliveries: 3);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery counted = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal([(1, 500), (2, 200)], Summaries(emulator).Select(d => (d.Attempt, d.ResponseStatus!.Value)));
        Assert.True(counted.Delivered);
        Assert.Equal(2, counted.Attempt);
    }

    [Fact]
    public async Task RedeliverOnFailure_Always500_StopsAfterTheLimit()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        receiver.DefaultReply = ScriptedReply.Text(500, "boom", "text/plain");
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(receiver.BaseAddress, "vss"));
        emulator.Delivery.RedeliverOnFailure(WebhookType.SessionSummary, maxRedeliveries: 2);

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(VoiceMessage());
        EmulatedWebhookDelivery counted = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(3, receiver.Requests.Count);
        Assert.False(counted.Delivered);
        Assert.Equal(3, counted.Attempt);
        Assert.All(Summaries(emulator), d => Assert.False(d.IsDuplicate));
    }

    [Fact]
    public void Rules_OutOfRange_Throw()
    {
        var rules = new DeliveryRules();

        Assert.Throws<ArgumentOutOfRangeException>(() => rules.Duplicate(WebhookType.SessionSummary, copies: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => rules.RedeliverOnFailure(WebhookType.SessionSummary, maxRedeliveries: -1));
    }
}
