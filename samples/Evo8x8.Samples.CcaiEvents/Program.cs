// Receives CCAI Platform chat webhooks and external session events from the emulator, end to end, then shows 8x8's
// correlation ids coming back on a session summary. Runs with no arguments and exits 0 when everything arrived.
using System.Collections.Concurrent;
using System.Net;
using Evo8x8.Client.AspNetCore.Ccai;
using Evo8x8.Client.Testing;
using Evo8x8.Samples.CcaiEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(cancellationToken: timeout.Token);
var seen = new ConcurrentQueue<string>();

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSingleton(seen);
builder.Services.Configure<CcaiChatWebhookOptions>(options =>
{
    options.PrimarySecret = emulator.CcaiWebhookPrimarySecret;
    options.SecondarySecret = emulator.CcaiWebhookSecondarySecret;
});
builder.Services.Configure<CcaiSessionEventOptions>(options =>
{
    options.CallsUserName = "ccai-events";
    options.CallsPassword = "calls-password";
});
await using WebApplication app = builder.Build();
app.MapCcaiChatWebhooks<ChatHandler>("/webhooks/ccai-chat");
app.MapCcaiSessionEvents<SessionEventHandler>("/webhooks/ccai-sessions/calls", SessionEventChannel.Calls);
await app.StartAsync(timeout.Token);
var receiver = new Uri(app.Urls.First());

IReadOnlyList<HttpStatusCode> chat = await emulator.RunCcaiChatAsync(new Uri(receiver, "/webhooks/ccai-chat"), ["Hello", "Where is my order?"], timeout.Token);
IReadOnlyList<HttpStatusCode> sessions = await emulator.SendCcaiCallSessionEventsAsync(
    new Uri(receiver, "/webhooks/ccai-sessions/calls"), "ccai-events", "calls-password", timeout.Token);
string correlated = await Correlation.RunAsync(emulator, timeout.Token);

foreach (string line in seen)
{
    Console.WriteLine(line);
}

Console.WriteLine(correlated);
await app.StopAsync(timeout.Token);
bool ok = chat.Concat(sessions).All(status => status == HttpStatusCode.OK) && seen.Count == chat.Count + sessions.Count;
Console.WriteLine(ok ? "All CCAI events received." : "Some CCAI events were refused.");
return ok ? 0 : 1;
