// The SDK in a Native AOT app: builds a callflow, parses a webhook, reads CCAI session metadata and calls both
// clients (8x8 Voice and Evo Voice) against the in-process emulator. Publish it with
// `dotnet publish samples/Evo8x8.Samples.NativeAot -c Release` (clang and zlib1g-dev on Linux) and run the binary;
// it exits 0 when every step did what it should.
using Evo8x8.Client.Ccai;
using Evo8x8.Client.Evo;
using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using NodaTime;

string data = Path.Combine(AppContext.BaseDirectory, "data");

// 1. A voice message, validated offline; its JSON is what is sent.
Callflow callflow = new CallflowBuilder()
    .ValidFor(Duration.FromMinutes(10))
    .MakeCall(source: "+6512341234", destination: "+6512345678")
    .Say("Hello from a Native AOT app.", "en-US-Standard-A", repetition: 1, speed: 1)
    .Hangup()
    .Build();
Console.WriteLine($"callflow: {callflow.ToJson()}");

// 2. A session summary webhook as 8x8 posts it (seed 000's sample).
WebhookEvent received = WebhookParser.Default.Parse(await File.ReadAllTextAsync(Path.Combine(data, "session-summary.json")));
if (received is not SessionSummaryEvent { Payload.SessionStatus: { } status } summary)
{
    Console.Error.WriteLine($"expected a session summary, got {received.GetType().Name}");
    return 1;
}

Console.WriteLine($"webhook: session {summary.Payload.SessionId} {status}, {summary.Payload.Legs.Count} leg(s)");

// 3. One CCAI Platform session metadata file.
SessionMetadata metadata = await new SessionMetadataReader().ReadFileAsync(Path.Combine(data, "ccai-metadata.json"));
Console.WriteLine($"ccai: session {metadata.Id} {metadata.Type} {metadata.Status}, created {metadata.CreatedAt}, talked {metadata.CallDuration}");

// 4. Both clients over real HTTP, against the emulator on 127.0.0.1.
await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance });
var voice = new VoiceClient(emulator.CreateVoiceClientOptions(), emulator.CreateCallflowValidationOptions());
SpeechProfileList profiles = await voice.SpeechProfiles.ListAsync().GetPageAsync();
CallflowResult sent = await voice.Callflows.SendAsync(callflow);
Console.WriteLine($"8x8: {profiles.SpeechProfiles.Count} speech profiles; session {sent.SessionId} {sent.SessionStatus}");

var evo = new EvoVoiceClient(emulator.CreateEvoVoiceClientOptions());
SessionInfo created = await evo.Sessions.CreateAsync(NewSession.OutgoingCall("+15551234567"));
SessionInfo session = await evo.Sessions.GetAsync(created.Id!);
Console.WriteLine($"Evo: session {session.Id} {session.Channel} {session.Direction}");

bool ok = sent.SessionStatus == CallflowSessionStatus.Created && session.Id == created.Id && metadata.Id == 12345;
Console.WriteLine(ok ? "Native AOT sample: every step passed." : "Native AOT sample: a step gave an unexpected answer.");
return ok ? 0 : 1;
