using System.Net;
using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Samples.IvrApp;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Evo8x8.Samples.AppTesting;

/// <summary>The README recipe on .NET 10: the app on a real Kestrel port, the emulator posting its webhooks to it.</summary>
public sealed class IvrAppTests
{
    [Fact]
    public async Task PlaceCall_CalleePresses1_AppAnswersTheMenuAndReceivesTheSummary()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination("+6590000000", CallOutcome.Answered, "1");
        const string WebhookSecret = "Bearer test-webhook-secret";

        await using var factory = new WebApplicationFactory<Program>();
        await using WebApplicationFactory<Program> app = factory.WithWebHostBuilder(web =>
        {
            foreach ((string key, string? value) in emulator.ToConfiguration())
            {
                web.UseSetting(key, value);
            }

            web.UseSetting("Webhooks:Authorization", WebhookSecret);
        });
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0)); // a real, free port: TestServer cannot receive webhooks
        app.StartServer();
        var appAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        emulator.RegisterWebhook(WebhookType.CallAction, new Uri(appAddress, "/webhooks/8x8"), WebhookSecret);
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(appAddress, "/webhooks/8x8"), WebhookSecret);

        using HttpClient client = app.CreateClient();
        using HttpResponseMessage placed = await client.PostAsync("/calls/+6590000000", null, timeout.Token);
        string sessionId = await placed.EnsureSuccessStatusCode().Content.ReadAsStringAsync(timeout.Token);

        CallJournal journal = app.Services.GetRequiredService<CallJournal>();
        SessionSummaryEvent summary = await journal.WaitForSummaryAsync(sessionId, timeout.Token);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Assert.Equal(["1"], journal.KeysPressed);
    }
}
