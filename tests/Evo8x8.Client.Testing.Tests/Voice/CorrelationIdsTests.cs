using System.Text.Json;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>clientRequestId and clientBatchId: sent top-level by the SDK, echoed by the emulator's session summary.</summary>
public sealed class CorrelationIdsTests
{
    [Fact]
    public async Task WaitForSummaryAsync_BothIdsSet_SentTopLevelAndEchoedOnTheSummary()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        Callflow callflow = new CallflowBuilder(emulator.Clock)
            .ClientRequestId("order-4821-reminder")
            .ClientBatchId("campaign-2026-12")
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Your order ships today.", "en-US-JennyNeural")
            .Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(callflow);
        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        RecordedRequest sent = emulator.Requests.First(r => r.Path.EndsWith("/callflows", StringComparison.Ordinal));
        using JsonDocument body = JsonDocument.Parse(sent.Body);
        Assert.Equal("order-4821-reminder", body.RootElement.GetProperty("clientRequestId").GetString());
        Assert.Equal("campaign-2026-12", body.RootElement.GetProperty("clientBatchId").GetString());
        Assert.Equal("order-4821-reminder", summary.Payload.ClientRequestId);
        Assert.Equal("campaign-2026-12", summary.Payload.ClientBatchId);
    }

    [Fact]
    public async Task WaitForSummaryAsync_NoIds_SummaryCarriesNeither()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        Callflow callflow = new CallflowBuilder(emulator.Clock)
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Hangup()
            .Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(callflow);
        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Null(summary.Payload.ClientRequestId);
        Assert.Null(summary.Payload.ClientBatchId);
    }
}
