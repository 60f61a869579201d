using Evo8x8.Client.Evo;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>The Testing API in the client's types: webhook types, parsed events, typed waits, configuration and VNU on demand.</summary>
public sealed class TypedApiTests
{
    [Fact]
    public async Task WaitForSummaryAsync_ReadmeVoice_ReturnsTheTypedSummaryAndDeliveriesExposeParsedEvents()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        Callflow callflow = new CallflowBuilder(emulator.Clock)
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Hello from the README.", "en-US-JennyNeural")
            .Build();

        CallflowResult result = await EmulatorHttp.Sdk(emulator).Callflows.SendAsync(callflow);
        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(result.SessionId!, EmulatorHttp.Patience());

        Assert.Equal(result.SessionId, summary.Payload.SessionId);
        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        EmulatedWebhookDelivery status = emulator.Deliveries.First(d => d.WebhookType == WebhookType.CallStatus);
        Assert.Equal(WebhookEventType.CallStatus, status.EventType);
        Assert.IsType<CallStatusEvent>(status.Event);
    }

    [Fact]
    public async Task RegisterWebhook_UnknownType_ThrowsNamingTheKnownTypes()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();

        ArgumentException error = Assert.Throws<ArgumentException>(() => emulator.RegisterWebhook(new WebhookType("VXX"), new Uri("https://example.com/")));

        Assert.Contains("VCA, VCS, VSS, VRU, VNU", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendVirtualNumberUpdateAsync_VnuRegistered_PostsASnapshotOfTheNumbers()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.VirtualNumberUpdated, new Uri(receiver.BaseAddress, "vnu"));

        EmulatedWebhookDelivery delivery = await emulator.SendVirtualNumberUpdateAsync();

        Assert.True(delivery.Delivered);
        Assert.Single(receiver.Requests);
        VirtualNumberUpdateEvent vnu = Assert.IsType<VirtualNumberUpdateEvent>(delivery.Event);
        Assert.Equal(WebhookEventType.VirtualNumberUpdate, delivery.EventType);
        Assert.Equal(VirtualNumberUpdateEventType.Snapshot, vnu.Payload.UpdateEventType);
        Assert.Equal(EmulatedVirtualNumber.Defaults.Select(n => n.Msisdn), vnu.Payload.VirtualNumbers.Select(n => n.Msisdn));
    }

    [Fact]
    public async Task ToConfiguration_BoundByAddEightByEightVoice_PointsTheAppsClientAtTheEmulator()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(emulator.ToConfiguration()).Build();
        var services = new ServiceCollection();
        services.AddEightByEightVoice(configuration.GetSection("Evo8x8:Voice"));
        services.AddEvoVoice(configuration.GetSection("Evo8x8:Evo"));
        await using ServiceProvider provider = services.BuildServiceProvider();

        var profiles = await provider.GetRequiredService<IVoiceClient>().SpeechProfiles.ListAsync().GetPageAsync();
        var page = await provider.GetRequiredService<Evo8x8.Client.Evo.IEvoVoiceClient>().Sessions.ListAsync().GetPageAsync();

        Assert.Contains(profiles.SpeechProfiles, p => p.SpeechProfileCode == "en-US-JennyNeural");
        Assert.NotNull(page);
        Assert.Equal(2, emulator.Requests.Count);
    }
}
