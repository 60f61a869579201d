using System.Security.Cryptography;
using System.Text;
using Evo8x8.Samples.WebhookReceiver;
using Microsoft.AspNetCore.Builder;

// With arguments (for example --EightByEight:WebhookAuthorization=... --urls=...) this is a real receiver.
if (args.Length > 0)
{
    await ReceiverApp.Create(args).RunAsync();
    return 0;
}

// Without arguments it tests itself: receive on a free loopback port, deliver two events the way 8x8 does, exit.
string authorization = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
await using WebApplication app = ReceiverApp.Create(
[
    $"--EightByEight:WebhookAuthorization={authorization}",
    "--urls=http://127.0.0.1:0",
    "--Logging:LogLevel:Default=Warning",
]);
await app.StartAsync();

using var eightByEight = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
eightByEight.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
bool allAccepted = true;
foreach (string delivery in new[] { "session-summary.json", "call-action.json" })
{
    string body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Deliveries", delivery));
    using HttpResponseMessage answer = await eightByEight.PostAsync("/webhooks/8x8", new StringContent(body, Encoding.UTF8, "application/json"));
    string reply = await answer.Content.ReadAsStringAsync();
    Console.WriteLine($"{delivery} answered {(int)answer.StatusCode}{(reply.Length > 0 ? ": " + reply : string.Empty)}");
    allAccepted &= answer.IsSuccessStatusCode;
}

await app.StopAsync();
return allAccepted ? 0 : 1;
