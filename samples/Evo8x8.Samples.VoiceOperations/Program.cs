// The twin of src/Evo8x8.Client/Voice/README.md's "Every operation" snippet: it compiles with the SDK and runs against 8x8 when
// VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID are set (it places a real call and registers a real webhook).
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice.SpeechProfiles;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;
using NodaTime;

if (Environment.GetEnvironmentVariable("VOICE8X8_API_KEY") is not { Length: > 0 } apiKey
    || Environment.GetEnvironmentVariable("VOICE8X8_SUBACCOUNT_ID") is not { Length: > 0 } subAccountId)
{
    Console.WriteLine("Set VOICE8X8_API_KEY and VOICE8X8_SUBACCOUNT_ID to run this sample against 8x8.");
    return;
}

// README snippet starts here.
var voice = new VoiceClient(new VoiceClientOptions { ApiKey = apiKey, SubAccountId = subAccountId });

// 8x8 posts each session summary to your endpoint, with a secret it sends as the Authorization header.
await voice.WebhookRegistrations.CreateAsync(
    new NewWebhookRegistration(WebhookType.SessionSummary, new Uri("https://example.com/8x8/session-summary"))
    {
        HttpAuthHeader = Environment.GetEnvironmentVariable("VOICE8X8_WEBHOOK_SECRET"),
    });

// Opt in: voice profiles are checked against the ones 8x8 offers, so a typo fails here (-1002), not on the phone.
SpeechProfileList profiles = await voice.SpeechProfiles.ListAsync().GetPageAsync();
Callflow callflow = new CallflowBuilder(CallflowValidationOptions.FromSpeechProfiles(profiles.SpeechProfiles))
    .MakeCall(source: "6512341234", destination: "6512345678")
    .Say("Your parcel arrives today.", "en-US-Standard-A")
    .Hangup()
    .Build();
CallflowResult session = await voice.Callflows.SendAsync(callflow);

// Export the last 7 days of call records as CSV files, then poll every 5 seconds (for at most 10 minutes)
// until the job is final.
LogExportJob job = await voice.LogExports.StartAsync();
LogExportResult export = await voice.LogExports.WaitForCompletionAsync(job.JobId, Duration.FromSeconds(5), Duration.FromMinutes(10));

// Each link is a CSV file of any size: stream it to disk rather than load it.
for (int i = 0; i < export.DownloadUrls.Count; i++)
{
    await using Stream csv = await voice.LogExports.OpenDownloadAsync(export.DownloadUrls[i]);
    await using FileStream file = File.Create($"voice-log-{i + 1}.csv");
    await csv.CopyToAsync(file);
}

Console.WriteLine($"Session {session.SessionId}; export {export.Status}: {string.Join(", ", export.DownloadUrls)}");
