using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.CcaiEvents;

/// <summary>8x8's clientRequestId and clientBatchId: a summary matched to its request and its batch, no mapping table.</summary>
public static class Correlation
{
    public static async Task<string> RunAsync(Evo8x8Emulator emulator, CancellationToken cancellationToken)
    {
        var voice = new VoiceClient(emulator.CreateVoiceClientOptions(), emulator.CreateCallflowValidationOptions());
        string orderId = "order-4821";

        Callflow callflow = new CallflowBuilder(emulator.CreateCallflowValidationOptions())
            .ClientRequestId($"{orderId}-reminder")
            .ClientBatchId("reminders-2026-12-06")
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Your order ships today.", "en-US-JennyNeural")
            .Build();
        CallflowResult result = await voice.Callflows.SendAsync(callflow, cancellationToken);

        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(result.SessionId!, cancellationToken);
        string? order = summary.Payload.ClientRequestId?.Split("-reminder")[0];
        string? batch = summary.Payload.ClientBatchId;
        return $"summary of {order} in batch {batch}: {summary.Payload.SessionStatus}";
    }
}
