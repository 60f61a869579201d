using System.Security.Cryptography;
using System.Text;
using Evo8x8.Samples.WebhookProduction;
using Microsoft.AspNetCore.Builder;

// With arguments (for example --EightByEight:Webhooks:AuthorizationHeaderValues:0=... --EightByEight:Redis=... --urls=...)
// this is a real receiver; run it on several machines against one Redis.
if (args.Length > 0)
{
    await ProductionReceiverApp.Create(args).RunAsync();
    return 0;
}

// Without arguments it tests itself: two instances on free loopback ports sharing one throw-away Redis, the same
// delivery posted to both at once, then a call action on an own minimal API route and a call status on a controller.
string secret = "Bearer " + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
string? redisServer = LocalRedis.FindServer();
await using LocalRedis? redis = redisServer is null ? null : await LocalRedis.StartAsync(redisServer);
if (redis is null)
{
    Console.WriteLine($"redis-server is not installed, so the two instances cannot share claims and each runs the handler. To see de-duplication across instances: {LocalRedis.HowToInstall}.");
}

string[] settings =
[
    $"--EightByEight:Webhooks:AuthorizationHeaderValues:0={secret}",
    "--EightByEight:Webhooks:AuthorizationHeaderValues:1=Bearer the-previous-secret-while-rotating",
    "--urls=http://127.0.0.1:0",
    "--Logging:LogLevel:Default=Warning",
    .. redis is null ? Array.Empty<string>() : [$"--EightByEight:Redis={redis.Configuration}"],
];
await using WebApplication first = ProductionReceiverApp.Create(settings);
await using WebApplication second = ProductionReceiverApp.Create(settings);
await first.StartAsync();
await second.StartAsync();

string summary = Delivery("session-summary.json");
HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PostAsync(i % 2 == 0 ? first : second, "/webhooks/8x8", summary)));
Console.WriteLine($"6 deliveries of one session summary to 2 instances: answered {string.Join(", ", answers.Select(a => (int)a.StatusCode))}; handler runs: {CountingWebhookHandler.Runs}");
bool ok = answers.All(a => a.IsSuccessStatusCode) && (redis is null || CountingWebhookHandler.Runs == 1);

using HttpResponseMessage callAction = await PostAsync(first, "/my-app/voice/ivr", Delivery("call-action.json"));
Console.WriteLine($"Call action on an own route answered {(int)callAction.StatusCode}: {await callAction.Content.ReadAsStringAsync()}");
using HttpResponseMessage callStatus = await PostAsync(second, "/api/voice-events", Delivery("call-status.json"));
Console.WriteLine($"Call status on a controller answered {(int)callStatus.StatusCode}");
ok &= callAction.IsSuccessStatusCode && callStatus.IsSuccessStatusCode;

await first.StopAsync();
await second.StopAsync();
return ok ? 0 : 1;

static string Delivery(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deliveries", name));

async Task<HttpResponseMessage> PostAsync(WebApplication instance, string path, string body)
{
    using var eightByEight = new HttpClient { BaseAddress = new Uri(instance.Urls.First()) };
    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.TryAddWithoutValidation("Authorization", secret);
    return await eightByEight.SendAsync(request);
}
