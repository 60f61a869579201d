// Receives CCAI Platform chat webhooks and external session events from the emulator, end to end, through the mapped
// endpoints, an own route with the endpoint filters and a controller with the attributes; then plays a call's session
// events and shows 8x8's correlation ids coming back on a session summary. Exits 0 when everything arrived.
using System.Net;
using Evo8x8.Client.Testing;
using Evo8x8.Samples.CcaiEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(cancellationToken: timeout.Token);
emulator.CcaiWebhookSecondarySecret = "emulator-ccai-webhook-secondary";

// The values Developer Settings shows, as the receiver reads them from configuration.
Dictionary<string, string?> settings = new()
{
    ["Ccai:ChatWebhooks:PrimarySecret"] = emulator.CcaiWebhookPrimarySecret,
    ["Ccai:ChatWebhooks:SecondarySecret"] = emulator.CcaiWebhookSecondarySecret,
    ["Ccai:SessionEvents:ChatsUserName"] = "ccai-chats",
    ["Ccai:SessionEvents:ChatsPassword"] = "chats-password",
    ["Ccai:SessionEvents:CallsUserName"] = "ccai-calls",
    ["Ccai:SessionEvents:CallsPassword"] = "calls-password",
    ["Logging:LogLevel:Default"] = "Warning",
};
await using WebApplication app = CcaiReceiverApp.Create(["--urls", "http://127.0.0.1:0"], settings);
await app.StartAsync(timeout.Token);
var receiver = new Uri(app.Urls.First());
CcaiEventLog log = app.Services.GetRequiredService<CcaiEventLog>();

var statuses = new List<HttpStatusCode>();
foreach ((string chatPath, string sessionsPath) in new[]
{
    ("/webhooks/ccai-chat", "/webhooks/ccai-sessions/chats"),
    ("/my-app/ccai/chat", "/my-app/ccai/sessions/chats"),
    ("/api/ccai/chat", "/api/ccai/chat-sessions"),
})
{
    emulator.CcaiChatWebhookUrl = new Uri(receiver, chatPath);
    emulator.CcaiChatSessionEvents = new EmulatedSessionEventsEndpoint(new Uri(receiver, sessionsPath), "ccai-chats", "chats-password");
    EmulatedCcaiChat chat = await emulator.RunCcaiChatAsync(["Hello", "Where is my order?"], timeout.Token);
    statuses.AddRange([.. chat.WebhookStatuses, .. chat.SessionEventStatuses]);
}

statuses.AddRange(await emulator.SendCcaiCallSessionEventsAsync(
    new Uri(receiver, "/webhooks/ccai-sessions/calls"), "ccai-calls", "calls-password", timeout.Token));
string correlated = await Correlation.RunAsync(emulator, timeout.Token);

foreach (string line in log.Lines)
{
    Console.WriteLine(line);
}

Console.WriteLine(correlated);
await app.StopAsync(timeout.Token);
bool ok = statuses.All(status => status == HttpStatusCode.OK) && log.Lines.Count == statuses.Count;
Console.WriteLine(ok ? "All CCAI events received." : "Some CCAI events were refused.");
return ok ? 0 : 1;
