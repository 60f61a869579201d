using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice.Webhooks;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Testing.Tests.Voice;

/// <summary>Recording push configuration, recordings and the VRU event, through the SDK and raw HTTP.</summary>
public sealed class RecordingsEndpointTests
{
    [Fact]
    public async Task PushConfig_CreateGetDelete_AnswersPasswordSetNeverThePasswordAnd404OnceDeleted()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);
        VoiceClient client = EmulatorHttp.Sdk(emulator);

        VoiceApiException before = await Assert.ThrowsAsync<VoiceApiException>(() => client.RecordingPushConfig.GetAsync());
        using HttpResponseMessage created = await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "recording-push-config"), EmulatorHttp.Json(Fixtures.Read("Voice/Fixtures/recording-push-config-request.json")));
        string createdBody = await created.Content.ReadAsStringAsync();
        RecordingPushConfig read = await client.RecordingPushConfig.GetAsync();
        RecordingPushConfig deleted = await client.RecordingPushConfig.DeleteAsync();
        VoiceApiException after = await Assert.ThrowsAsync<VoiceApiException>(() => client.RecordingPushConfig.GetAsync());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, before.HttpStatus);
        Assert.Equal(200, (int)created.StatusCode);
        Assert.DoesNotContain("mypassword", createdBody, StringComparison.Ordinal);
        Assert.Equal(("ap-southeast-2", 13, "myusername", true, "/my-recordings-path/"), (read.Host, read.Port!.Value, read.Username, read.PasswordSet!.Value, read.Path));
        Assert.Equal(RecordingPushProtocol.S3, read.Protocol);
        Assert.True(deleted.Delete);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, after.HttpStatus);
    }

    [Theory]
    [InlineData("recording-push-config-port-out-of-range.json")]
    [InlineData("recording-push-config-port-as-text.json")]
    public async Task PushConfig_BadPort_Is422NamingThePortAndRecordedAsDiagnostic(string fixture)
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (int status, var body) = await EmulatorHttp.ReadAsync(await raw.PostAsync(
            EmulatorHttp.VoicePath(emulator, "recording-push-config"),
            EmulatorHttp.Json(Fixtures.Read($"Voice/Fixtures/{fixture}"))));

        Assert.Equal(422, status);
        Assert.StartsWith("Invalid param: port", body.GetProperty("statusMessage").GetString(), StringComparison.Ordinal);
        EmulatorDiagnostic diagnostic = Assert.Single(emulator.Diagnostics);
        Assert.Equal((EmulatorRoute.CreateRecordingPushConfig, "$.port"), (diagnostic.Route, diagnostic.JsonPath));
    }

    [Fact]
    public async Task RecordedCall_WithPushConfig_ListsTheRecordingAndPostsTypedVru()
    {
        await using LoopbackServer receiver = await LoopbackServer.StartAsync();
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        emulator.RegisterWebhook(WebhookType.RecordingUploaded, new Uri(receiver.BaseAddress, "vru"));
        VoiceClient client = EmulatorHttp.Sdk(emulator);
        await client.RecordingPushConfig.CreateAsync(new NewRecordingPushConfig { Protocol = RecordingPushProtocol.S3, Host = "ap-southeast-2", Port = 13, Username = "myusername", Password = "mypassword", Path = "/my-recordings-path/" });
        Callflow recorded = new CallflowBuilder(emulator.Clock)
            .MakeCall(source: "+6588000000", destination: "+6590000000", callRecording: true)
            .Say("This call is recorded for quality purposes.", "en-US-JennyNeural")
            .Hangup()
            .Build();

        CallflowResult sent = await client.Callflows.SendAsync(recorded);
        SessionSummaryEvent summary = await emulator.WaitForSummaryAsync(sent.SessionId!, EmulatorHttp.Patience());
        RecordingList recordings = await client.Recordings.GetStatusAsync(sent.SessionId!);

        Assert.Equal(VoiceSessionStatus.Completed, summary.Payload.SessionStatus);
        Recording recording = Assert.Single(recordings.Recordings);
        Assert.Equal((sent.SessionId, RecordingStatus.UploadCompleted), (recording.SessionId, recording.Status!.Value));
        Assert.True(recording.Duration > NodaTime.Duration.Zero);
        EmulatedWebhookDelivery vru = Assert.Single(emulator.Deliveries, d => d.WebhookType == WebhookType.RecordingUploaded);
        Assert.True(vru.Delivered);
        Assert.Equal(WebhookEventType.CallRecordingStatus, vru.EventType);
        CallRecordingStatusEvent uploaded = Assert.IsType<CallRecordingStatusEvent>(vru.Event);
        Assert.Equal((recording.RecordingId, sent.SessionId, recording.Duration, RecordingStatus.UploadCompleted), (uploaded.Payload.RecordingId, uploaded.Payload.SessionId, uploaded.Payload.Duration, uploaded.Payload.Status!.Value));
        Assert.Contains(recording.RecordingId!, Assert.Single(receiver.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordedCall_WithoutPushConfig_HasNoRecordingAndNoVru()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        using HttpClient raw = EmulatorHttp.RawVoice(emulator);

        (_, var sent) = await EmulatorHttp.ReadAsync(await raw.PostAsync(EmulatorHttp.VoicePath(emulator, "callflows"), EmulatorHttp.Json(Fixtures.Read("Voice/Fixtures/ivr-with-call-recording.json"))));
        string sessionId = sent.GetProperty("sessionId").GetString()!;
        await emulator.WaitForSummaryAsync(sessionId, EmulatorHttp.Patience());
        RecordingList recordings = await EmulatorHttp.Sdk(emulator).Recordings.GetStatusAsync(sessionId);

        Assert.Empty(recordings.Recordings);
        Assert.DoesNotContain(emulator.Deliveries, d => d.WebhookType == WebhookType.RecordingUploaded);
    }

    [Fact]
    public async Task GetStatus_UnknownSession_Is404NamingTheSession()
    {
        await using Evo8x8Emulator emulator = await Evo8x8Emulator.StartAsync();
        // Few digits: runs of seven digits or more (even split by hyphens) are masked as phone numbers in SDK messages.
        const string unknown = "abcdefab-cdef-4abc-8def-abcdefabcdef";

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => EmulatorHttp.Sdk(emulator).Recordings.GetStatusAsync(unknown));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Contains(unknown, error.ServiceMessage, StringComparison.Ordinal);
        Assert.Equal(unknown, Assert.Single(emulator.Diagnostics).Value);
    }
}
