using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.LogExports;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.WebhookRegistrations;
using Evo8x8.Client.Voice;

namespace Evo8x8.Client.Tests.Voice;

public sealed class VoiceErrorReaderTests
{
    private const string SessionId = "6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10";

    private static readonly Dictionary<string, Func<IVoiceClient, Task>> Operations = new()
    {
        ["GET speech-profiles"] = voice => voice.SpeechProfiles.ListAsync().GetPageAsync(),
        ["GET webhooks"] = voice => voice.WebhookRegistrations.ListAsync().GetPageAsync(),
        ["POST webhooks"] = voice => voice.WebhookRegistrations.CreateAsync(new NewWebhookRegistration(WebhookType.SessionSummary, new Uri("https://example.com/vss"))),
        ["DELETE webhooks/{webhook-type}"] = voice => voice.WebhookRegistrations.DeleteAsync(WebhookType.SessionSummary),
        ["GET recording-push-config"] = voice => voice.RecordingPushConfig.GetAsync(),
        ["POST recording-push-config"] = voice => voice.RecordingPushConfig.CreateAsync(new NewRecordingPushConfig { Protocol = RecordingPushProtocol.Ftp }),
        ["DELETE recording-push-config"] = voice => voice.RecordingPushConfig.DeleteAsync(),
        ["GET recordings/{sessionId}"] = voice => voice.Recordings.GetStatusAsync(SessionId),
        ["GET numbers"] = voice => voice.Numbers.ListAsync().GetPageAsync(),
        ["GET numbers/{number}"] = voice => voice.Numbers.CheckAsync("6531591234"),
        ["POST messages/exports"] = voice => voice.LogExports.StartAsync(new NewLogExport { Limit = 10 }),
        ["GET messages/exports/{jobId}"] = voice => voice.LogExports.GetResultAsync("job-1"),
        ["DELETE messages/exports/{jobId}"] = voice => voice.LogExports.CancelAsync("job-1"),
    };

    public static TheoryData<string> OperationNames => [.. Operations.Keys];

    [Fact]
    public void Operations_CoverEveryOperationBesideCallflows() => Assert.Equal(13, Operations.Count);

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Read_EveryOperationAnsweredWithJsonError_ThrowsVoiceApiExceptionWithCodeMessageAndErrorId(string operation)
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(500, "Voice/Fixtures/voice-error-500.json"));

        VoiceApiException error = await Assert.ThrowsAsync<VoiceApiException>(() => Operations[operation](voice.Client));

        Assert.Equal(HttpStatusCode.InternalServerError, error.HttpStatus);
        Assert.Equal(CallflowStatusCode.Unknown, error.StatusCode);
        Assert.Equal("An unknown error has occurred.", error.ServiceMessage);
        Assert.Equal("0f8e3c52-1d2b-4e7a-9c31-6b5a4d3e2f10", error.RequestId);
        string[] verbAndRoute = operation.Split(' ');
        Assert.Contains($"{verbAndRoute[0]} api/v1/subaccounts/{{subAccountId}}/{verbAndRoute[1]} with HTTP 500", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Read_EveryOperationUnauthorizedWithoutBody_ThrowsWithAnApiKeyHintAndNoKey(string operation)
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(new ScriptedReply(401, string.Empty, null));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => Operations[operation](voice.Client));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatus);
        Assert.Contains("empty body", error.Message, StringComparison.Ordinal);
        Assert.Contains("check VoiceClientOptions.ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LoopbackVoiceClient.ApiKey, error.Message, StringComparison.Ordinal);
        Assert.Equal($"Bearer {LoopbackVoiceClient.ApiKey}", Assert.Single(voice.Server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Read_HtmlPageFromAProxy_ThrowsWithASnippetAndNoHint()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Text(502, "<html><body>Bad gateway</body></html>"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => voice.Client.Numbers.ListAsync().GetPageAsync());

        Assert.IsNotType<VoiceApiException>(error);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatus);
        Assert.Contains("Bad gateway", error.Message, StringComparison.Ordinal);
    }
}
