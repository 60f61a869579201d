// The voice-message sample: build a callflow, validate it, send it to 8x8.
// With VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID set it calls the real service; without them it
// prints the validated request and says which variables to set.
using Evo8x8.Client;
using Evo8x8.Client.VoiceMessaging;
using NodaTime;

string? apiKey = Environment.GetEnvironmentVariable("VOICE8X8_API_KEY");
string? subAccountId = Environment.GetEnvironmentVariable("VOICE8X8_SUBACCOUNT_ID");
string source = Environment.GetEnvironmentVariable("VOICE8X8_SOURCE") ?? "+6512341234";
string destination = Environment.GetEnvironmentVariable("VOICE8X8_DESTINATION") ?? "+6512345678";
string? baseUrl = Environment.GetEnvironmentVariable("VOICE8X8_BASE_URL");

#region first-call
Callflow callflow = new CallflowBuilder()
    .ValidFor(Duration.FromMinutes(10))
    .MakeCall(source: source, destination: destination)
    .Say("Hello, this is a test Voice Message.", "en-IE-EmilyNeural", repetition: 1, speed: 1)
    .Hangup()
    .Build(); // throws CallflowValidationException listing every problem; nothing is sent
#endregion

Console.WriteLine($"Validated callflow: {callflow.ToJson()}");
if (string.IsNullOrEmpty(apiKey) || string.IsNullOrEmpty(subAccountId))
{
    Console.WriteLine("Not sent: set VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID (and optionally VOICE8X8_SOURCE, VOICE8X8_DESTINATION, VOICE8X8_BASE_URL) to send it to 8x8.");
    return 0;
}

try
{
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
    return 0;
}
catch (Evo8x8ApiException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
