using System.Net;
using System.Text.Json;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice;
using NodaTime;

namespace Evo8x8.Client.Testing.Tests;

/// <summary>The SDK's own <see cref="VoiceClient"/> against the emulator, end to end over real HTTP.</summary>
public sealed class Evo8x8EmulatorTests
{
    private static Callflow VoiceMessage(string destination = "+6590000000")
        => new CallflowBuilder(new FakeClock(EmulatorClock.DefaultStart))
            .ValidFor(Duration.FromMinutes(10))
            .MakeCall(source: "+6588000000", destination: destination)
            .Say("Hello, this is a reminder about your appointment tomorrow at 2 PM.", "en-GB-Emma", repetition: 1, speed: 1)
            .Hangup()
            .Build();

    [Fact]
    public async Task SendAsync_ValidVoiceMessage_IsCreatedAndItsSummaryCarriesTheSameSession()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        var client = EmulatorHttp.Sdk(emulator);

        CallflowResult result = await client.Callflows.SendAsync(VoiceMessage());

        Assert.Equal(CallflowSessionStatus.Created, result.SessionStatus);
        Assert.Equal(CallflowStatusCode.Created, result.StatusCode);
        Assert.Equal("Created", result.StatusMessage);
        Assert.False(string.IsNullOrEmpty(result.CallFlowRequestId));
        Assert.Equal(EmulatorClock.DefaultStart + Duration.FromMinutes(10), result.ValidUntil);
        EmulatedWebhookDelivery summary = await emulator.WaitForSummaryDeliveryAsync(result.SessionId!, EmulatorHttp.Patience());
        using JsonDocument vss = JsonDocument.Parse(summary.Body);
        JsonElement payload = vss.RootElement.GetProperty("payload");
        Assert.Equal(result.SessionId, payload.GetProperty("sessionId").GetString());
        Assert.Equal("COMPLETED", payload.GetProperty("sessionStatus").GetString());
        Assert.Equal("2024-03-25T06:01:28Z", payload.GetProperty("startTime").GetString());
    }

    [Fact]
    public async Task SendAsync_WrongApiKey_ThrowsVoiceApiException401WithEightByEightsMessage()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        VoiceClientOptions options = emulator.CreateVoiceClientOptions();
        options.ApiKey = "not-the-key";
        var client = EmulatorHttp.Sdk(emulator, options);

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Equal(new CallflowStatusCode(401), error.StatusCode);
        Assert.Equal(CallflowSessionStatus.NotCreated, error.SessionStatus);
        Assert.Equal("Authentication header not found or token invalid", error.ServiceMessage);
        Assert.DoesNotContain("not-the-key", error.Message, StringComparison.Ordinal);
        Assert.Empty(emulator.Deliveries);
    }

    [Fact]
    public async Task SendAsync_UnknownSubAccount_ThrowsVoiceApiException404()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        VoiceClientOptions options = emulator.CreateVoiceClientOptions();
        options.SubAccountId = "someone_else";
        var client = EmulatorHttp.Sdk(emulator, options);

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => client.Callflows.SendAsync(VoiceMessage()));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Equal("SubAccount not found by Id : someone_else", error.ServiceMessage);
    }

    [Fact]
    public async Task Requests_ThreeCallflowsAndOneProfileList_AreCountedExactlyWithTheirHeaders()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        var client = EmulatorHttp.Sdk(emulator);
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        for (int i = 0; i < 3; i++)
        {
            await client.Callflows.SendAsync(VoiceMessage());
        }

        using HttpResponseMessage profiles = await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "speech-profiles"));

        Assert.Equal(3, emulator.Requests.Count(r => r.Route == EmulatorRoute.SendCallflow));
        Assert.Equal(1, emulator.Requests.Count(r => r.Route == EmulatorRoute.ListSpeechProfiles));
        Assert.Equal(4, emulator.Requests.Count);
        RecordedRequest first = emulator.Requests[0];
        Assert.Equal("POST", first.Method);
        Assert.Equal($"/api/v1/subaccounts/{emulator.SubAccountId}/callflows", first.Path);
        Assert.Equal($"Bearer {emulator.ApiKey}", first.Header("authorization"));
        Assert.Contains("\"makeCall\"", first.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.ApiKey, first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeechProfiles_List_ShowsTheConfiguredProfiles()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync(new Evo8x8EmulatorOptions
        {
            SpeechProfiles = [new EmulatedSpeechProfile("fr-FR-Denise", "fr-FR", "French", "F")],
        });
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, JsonElement body) = await EmulatorHttp.ReadAsync(await raw.GetAsync(EmulatorHttp.VoicePath(emulator, "speech-profiles")));

        Assert.Equal(200, status);
        JsonElement profile = Assert.Single(body.GetProperty("speechProfiles").EnumerateArray().ToArray());
        Assert.Equal("fr-FR-Denise", profile.GetProperty("speechProfileCode").GetString());
        Assert.Equal("fr-FR", profile.GetProperty("localeCode").GetString());
    }

    [Fact]
    public async Task Unmatched_UnknownPath_Is404AndRecorded()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        using HttpResponseMessage response = await raw.GetAsync("api/v2/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(EmulatorRoute.Unmatched, Assert.Single(emulator.Requests).Route);
    }
}
