using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>The emulator snippet of src/Evo8x8.Client.Testing/README.md, compiled and run; keep the two identical.</summary>
public sealed class Evo8x8EmulatorReadmeTests
{
    [Fact]
    public async Task ReadmeSnippet_NoAnswerRule_SummaryIsNoAnswerAndOneCallflowWasSent()
    {
        CancellationToken cancellationToken = EmulatorHttp.Patience();

        // README: begin
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination("+6590000000", CallOutcome.NoAnswer);

        var client = new VoiceClient(emulator.CreateVoiceClientOptions(), new HttpClient(), emulator.CreateCallflowValidationOptions());
        Callflow callflow = new CallflowBuilder(emulator.Clock)
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Your parcel arrives today.", "en-GB-Emma")
            .Hangup()
            .Build();
        CallflowResult result = await client.Callflows.SendAsync(callflow, cancellationToken);

        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(result.SessionId!, cancellationToken);
        Assert.Equal(VoiceSessionStatus.NoAnswer, summary.Payload.SessionStatus);
        Assert.Equal(1, emulator.Requests.Count(r => r.Route == EmulatorRoute.SendCallflow));
        // README: end
    }
}
