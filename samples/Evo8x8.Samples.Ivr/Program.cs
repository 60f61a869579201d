// The IVR sample: a call asks the callee to press a key (sayAndCapture); each key press arrives as a
// call-action webhook and is answered with the next menu; the session summary ends the story.
// It runs against the local emulator, whose rule presses 2 and then 1 for the callee. An IVR against
// 8x8 needs a public https address for its webhooks, so this sample does not call the real service.
using System.Security.Cryptography;
using System.Threading.Channels;
using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Core;
using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Evo8x8.Samples.Ivr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

const string Callee = "+6591234567";
await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions { Clock = SystemClock.Instance });
emulator.Rules.ForDestination(Callee, CallOutcome.Answered, "2", "1");

// The application's webhook receiver, as it would run behind the public address given to 8x8.
string webhookSecret = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
var events = Channel.CreateUnbounded<WebhookEvent>();
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(events.Writer);
await using WebApplication app = builder.Build();
app.MapEightByEightWebhooks<MenuHandler>("/webhooks/8x8", options => options.AuthorizationHeaderValue = webhookSecret);
await app.StartAsync();
var webhookUrl = new Uri(new Uri(app.Urls.First()), "/webhooks/8x8");

try
{
    var voice = new VoiceClient(emulator.CreateVoiceClientOptions());
    foreach (WebhookType type in new[] { WebhookType.CallAction, WebhookType.SessionSummary })
    {
        await voice.WebhookRegistrations.CreateAsync(new NewWebhookRegistration(type, webhookUrl) { HttpAuthHeader = webhookSecret });
    }

    Callflow menu = new CallflowBuilder()
        .MakeCall(source: "+6568332048", destination: Callee)
        .SayAndCapture("Welcome. Press 1 for sales, or 2 for support.", MenuHandler.Voice, minDigits: 1, maxDigits: 1)
        .Build();
    CallflowResult session = await voice.Callflows.SendAsync(menu);
    Console.WriteLine($"Calling {Callee}: session {session.SessionId}");

    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    await foreach (WebhookEvent webhookEvent in events.Reader.ReadAllAsync(timeout.Token))
    {
        switch (webhookEvent)
        {
            case CallActionEvent action:
                Console.WriteLine($"  menu '{(string.IsNullOrEmpty(action.Payload.ClientActionId) ? "main-menu" : action.Payload.ClientActionId)}': the callee pressed {action.Payload.Dtmf}");
                break;
            case SessionSummaryEvent summary:
                Console.WriteLine($"Session ended {summary.Payload.SessionStatus} after {summary.Payload.Legs.Sum(leg => leg.CallDuration?.TotalSeconds ?? 0)} s; last action {summary.Payload.LastAction}");
                return summary.Payload.SessionStatus == VoiceSessionStatus.Completed ? 0 : 1;
        }
    }

    return 1;
}
catch (Evo8x8ApiException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
