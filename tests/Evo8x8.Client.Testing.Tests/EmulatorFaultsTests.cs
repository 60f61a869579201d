using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests;

public sealed class EmulatorFaultsTests
{
    private static Callflow VoiceMessage()
        => new CallflowBuilder()
            .MakeCall(source: "+6588000000", destination: "+6590000000")
            .Say("Your parcel arrives today.", "en-GB-Emma")
            .Build();

    [Fact]
    public async Task Enqueue_ScriptedServiceUnavailable_IsServedOnceThenNormalBehaviourResumes()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Faults.Enqueue(
            EmulatorRoute.SendCallflow,
            ScriptedFault.Status(503, """{"statusCode":503,"statusMessage":"Service Unavailable"}""") with { RetryAfter = Duration.FromSeconds(7) });
        var client = EmulatorHttp.Sdk(emulator);

        VoiceApiException refused = await Assert.ThrowsAsync<VoiceApiException>(() => client.Callflows.SendAsync(VoiceMessage()));
        CallflowResult created = await client.Callflows.SendAsync(VoiceMessage());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.HttpStatus);
        Assert.Equal(CallflowSessionStatus.Created, created.SessionStatus);
        Assert.Equal(2, emulator.Requests.Count(r => r.Route == EmulatorRoute.SendCallflow));
        Assert.Equal(0, emulator.Faults.Pending(EmulatorRoute.SendCallflow));
    }

    [Fact]
    public async Task Enqueue_RetryAfter_IsSentInWholeSeconds()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.ListWebhooks, ScriptedFault.Status(429) with { RetryAfter = Duration.FromMilliseconds(2500) });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        using HttpResponseMessage limited = await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks"));
        using HttpResponseMessage normal = await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "webhooks"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
    }

    [Fact]
    public async Task Enqueue_DroppedConnection_FailsTheRequestWithoutAnAnswerButIsRecorded()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.SendCallflow, ScriptedFault.DropConnection());
        var client = EmulatorHttp.Sdk(emulator);

        Evo8x8ApiException error = await Assert.ThrowsAnyAsync<Evo8x8ApiException>(() => client.Callflows.SendAsync(VoiceMessage()));

        Assert.Null(error.HttpStatus);
        Assert.Single(emulator.Requests);
        Assert.Empty(emulator.Deliveries);
    }

    [Fact]
    public async Task Enqueue_FaultsForOneRoute_LeaveOtherRoutesAlone()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.Faults.Enqueue(EmulatorRoute.CreateSession, ScriptedFault.Status(500), ScriptedFault.Status(502));
        var client = EmulatorHttp.Sdk(emulator);

        CallflowResult created = await client.Callflows.SendAsync(VoiceMessage());

        Assert.Equal(CallflowSessionStatus.Created, created.SessionStatus);
        Assert.Equal(2, emulator.Faults.Pending(EmulatorRoute.CreateSession));
    }
}
