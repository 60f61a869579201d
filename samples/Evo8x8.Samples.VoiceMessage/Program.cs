// The voice-message sample: build a callflow, validate it, send it, and receive the session summary
// webhook. With VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID set it calls 8x8 (the summary then goes to
// the VSS webhook of your subaccount); without them the whole loop runs against the local emulator.
// --api-key <key> overrides the key sent, for example to see the typed 401 error.
using System.Security.Cryptography;
using Evo8x8.Client.Core;
using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Evo8x8.Samples.VoiceMessage;
using NodaTime;

string? apiKey = Environment.GetEnvironmentVariable("VOICE8X8_API_KEY");
string? subAccountId = Environment.GetEnvironmentVariable("VOICE8X8_SUBACCOUNT_ID");
string? baseUrl = Environment.GetEnvironmentVariable("VOICE8X8_BASE_URL");
int keyArgument = Array.IndexOf(args, "--api-key");
string? apiKeyOverride = keyArgument >= 0 && keyArgument + 1 < args.Length ? args[keyArgument + 1] : null;

#region first-call
string source = Environment.GetEnvironmentVariable("VOICE8X8_SOURCE") ?? "+6512341234";
string destination = Environment.GetEnvironmentVariable("VOICE8X8_DESTINATION") ?? "+6512345678";

Callflow callflow = new CallflowBuilder()
    .ValidFor(Duration.FromMinutes(10))
    .MakeCall(source: source, destination: destination)
    .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
    .Hangup()
    .Build(); // throws CallflowValidationException listing every problem; nothing is sent
#endregion

Console.WriteLine($"Validated callflow: {callflow.ToJson()}");
try
{
    if (!string.IsNullOrEmpty(apiKey) && !string.IsNullOrEmpty(subAccountId))
    {
        apiKey = apiKeyOverride ?? apiKey;
        #region send
        var client = new VoiceClient(new VoiceClientOptions
        {
            ApiKey = apiKey,
            SubAccountId = subAccountId,
            BaseAddress = baseUrl is null ? VoiceClientOptions.DefaultBaseAddress : new Uri(baseUrl),
        });
        CallflowResult result = await client.Callflows.SendAsync(callflow);
        Console.WriteLine($"Session {result.SessionId} created (request {result.CallFlowRequestId}).");
        #endregion
        Console.WriteLine("8x8 posts the session summary to the VSS webhook registered for your subaccount.");
        return 0;
    }

    Console.WriteLine("VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID are not set: running against the local emulator.");
    #region emulator
    await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance });
    string webhookSecret = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    await using SummaryReceiver receiver = await SummaryReceiver.StartAsync(webhookSecret);

    VoiceClientOptions options = emulator.CreateVoiceClientOptions();
    options.ApiKey = apiKeyOverride ?? options.ApiKey;
    var voice = new VoiceClient(options);
    await voice.WebhookRegistrations.CreateAsync(
        new NewWebhookRegistration(WebhookType.SessionSummary, receiver.Url) { HttpAuthHeader = webhookSecret });

    CallflowResult sent = await voice.Callflows.SendAsync(callflow);
    Console.WriteLine($"Session {sent.SessionId} created (request {sent.CallFlowRequestId}); waiting for its summary...");

    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    SessionSummaryEvent summary = await receiver.WaitForSummaryAsync(sent.SessionId!, timeout.Token);
    #endregion
    PrintSummary(summary);
    return 0;
}
catch (Evo8x8ApiException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}

static void PrintSummary(SessionSummaryEvent summary)
{
    SessionSummaryPayload session = summary.Payload;
    Console.WriteLine($"Session summary received by webhook: {session.SessionId}");
    Console.WriteLine($"  status      {session.SessionStatus}");
    Console.WriteLine($"  started     {session.StartTime}");
    Console.WriteLine($"  ended       {session.EndTime}");
    Console.WriteLine($"  last action {session.LastAction}, {session.CallCount} call(s)");
    foreach (CallLeg leg in session.Legs)
    {
        Console.WriteLine($"  {leg.Name}: {leg.Source} -> {leg.Destination} {leg.CallStatus}, {leg.CallDuration?.TotalSeconds ?? 0} s");
    }
}
