using Evo8x8.Client.Testing;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Samples.IvrApp;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Evo8x8.Samples.AppTesting;

/// <summary>The README recipe on .NET 8: the same scenario with <see cref="KestrelWebApplicationFactory{TProgram}"/>.</summary>
public sealed class IvrAppNet8Tests
{
    [Fact]
    public async Task PlaceCall_CalleePresses2_AppOnKestrelNextToTestServerReceivesTheSummary()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Rules.ForDestination("+6590000000", CallOutcome.Answered, "2");
        const string WebhookSecret = "Bearer test-webhook-secret";

        using var app = new KestrelWebApplicationFactory<Program>(web =>
        {
            foreach ((string key, string? value) in emulator.ToConfiguration())
            {
                web.UseSetting(key, value);
            }

            web.UseSetting("Webhooks:Authorization", WebhookSecret);
        });
        emulator.RegisterWebhook(WebhookType.CallAction, new Uri(app.ServerAddress, "/webhooks/8x8"), WebhookSecret);
        emulator.RegisterWebhook(WebhookType.SessionSummary, new Uri(app.ServerAddress, "/webhooks/8x8"), WebhookSecret);

        using HttpClient client = app.CreateClient();
        using HttpResponseMessage placed = await client.PostAsync("/calls/+6590000000", null, timeout.Token);
        string sessionId = await placed.EnsureSuccessStatusCode().Content.ReadAsStringAsync(timeout.Token);

        CallJournal journal = app.KestrelServices.GetRequiredService<CallJournal>();
        SessionSummaryEvent summary = await journal.WaitForSummaryAsync(sessionId, timeout.Token);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Assert.Equal(["2"], journal.KeysPressed);
    }
}
