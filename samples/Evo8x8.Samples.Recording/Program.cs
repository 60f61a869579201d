// The recording walkthrough of README: push configuration -> a call with callRecording -> the VRU event ->
// Recordings.GetStatusAsync, run against the in-process emulator. What the emulator does not do yet is reported,
// not failed on: it serves no recording routes (404), it refuses callRecording in POST /callflows as 8x8's OpenAPI
// file does (makeCall params allow 2 properties; whether 8x8 itself accepts it there is unconfirmed), and it sends no
// VRU event, so 8x8's published VRU sample is handed to the handler as the webhook endpoint would.
using System.Net;
using Evo8x8.Client;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Testing;
using Evo8x8.Client.VoiceMessaging;
using Evo8x8.Client.Webhooks;
using Evo8x8.Samples.Recording;
using NodaTime;

await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance });
var voice = new VoiceClient(emulator.CreateVoiceClientOptions());

await Step("1. recording push configuration", () => RecordingWalkthrough.ConfigurePushAsync(voice, Environment.GetEnvironmentVariable("RECORDINGS_PASSWORD")));

string? sessionId = null;
await Step("2. call with callRecording", async () => sessionId = (await RecordingWalkthrough.CallWithRecordingAsync(voice)).SessionId);

string delivery = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Deliveries", "recording-status.json"));
var recordingStatus = (CallRecordingStatusEvent)WebhookParser.Default.Parse(delivery);
IWebhookHandler handler = new RecordingHandler();
Console.Write("3. VRU event: ");
await handler.HandleCallRecordingStatusAsync(recordingStatus, CancellationToken.None);

await Step("4. recording status", () => RecordingWalkthrough.ShowStatusAsync(voice, sessionId ?? recordingStatus.Payload.SessionId!));
return 0;

static async Task Step(string name, Func<Task> step)
{
    try
    {
        await step();
        Console.WriteLine($"{name}: done");
    }
    catch (Evo8x8ApiException ex) when (ex.HttpStatus is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
    {
        Console.WriteLine($"{name}: the emulator does not take it yet (HTTP {(int)ex.HttpStatus!}, {ex.ErrorCode ?? "no code"})");
    }
}
