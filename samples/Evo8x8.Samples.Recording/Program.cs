// The recording walkthrough of README, run against the in-process emulator: push configuration -> a call with
// callRecording -> the VRU event, received by RecordingHandler on a local ASP.NET Core endpoint -> the recording's
// status through Recordings.GetStatusAsync.
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;
using Evo8x8.Samples.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance });
var voice = new VoiceClient(emulator.CreateVoiceClientOptions());

// The VRU receiver: RecordingHandler mapped with MapEightByEightWebhooks, registered with the emulator as 8x8's VRU webhook.
WebApplicationBuilder web = WebApplication.CreateSlimBuilder();
web.WebHost.UseUrls("http://127.0.0.1:0");
web.Logging.SetMinimumLevel(LogLevel.Warning);
await using WebApplication receiver = web.Build();
const string WebhookSecret = "Bearer sample-webhook-secret";
receiver.MapEightByEightWebhooks<RecordingHandler>("/8x8/recordings", options => options.AuthorizationHeaderValue = WebhookSecret);
await receiver.StartAsync(timeout.Token);
emulator.RegisterWebhook(WebhookType.RecordingUploaded, new Uri(new Uri(receiver.Urls.First()), "/8x8/recordings"), WebhookSecret);

await RecordingWalkthrough.ConfigurePushAsync(voice, Environment.GetEnvironmentVariable("RECORDINGS_PASSWORD") ?? "sample-password");
Console.WriteLine("1. recording push configuration: done");

CallflowResult call = await RecordingWalkthrough.CallWithRecordingAsync(voice);
Console.WriteLine($"2. call with callRecording: session {call.SessionId}");

await emulator.WaitForSummaryAsync(call.SessionId!, timeout.Token);
EmulatedWebhookDelivery vru = emulator.Deliveries.Single(d => d.WebhookType == WebhookType.RecordingUploaded);
Console.WriteLine($"3. VRU event delivered to the receiver: HTTP {vru.ResponseStatus}");

Console.Write("4. recording status: ");
await RecordingWalkthrough.ShowStatusAsync(voice, call.SessionId!);
return vru.Delivered ? 0 : 1;
