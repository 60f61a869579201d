using System.Net;
using Evo8x8.Client.Core;
using Evo8x8.Client.Tests.Infrastructure;
using Evo8x8.Client.Voice.Recordings;
using NodaTime;

namespace Evo8x8.Client.Tests.Voice.Recordings;

public sealed class RecordingsApiTests
{
    private const string Folder = "Voice/Recordings/Fixtures/";
    private const string SessionId = "6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10";

    [Fact]
    public async Task GetStatusAsync_Success_SendsTheSessionIdAndReadsEveryField()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Fixture(200, Folder + "recordings-status.json"));

        RecordingList list = await voice.Client.Recordings.GetStatusAsync(SessionId);

        voice.AssertSingleRequest("GET", "/recordings/" + SessionId);
        Assert.Equal(2, list.Recordings.Count);
        Recording recording = list.Recordings[0];
        Assert.Equal("XXXX", recording.RecordingId);
        Assert.Equal(SessionId, recording.SessionId);
        Assert.Equal("XXXX", recording.SubAccountId);
        Assert.Equal(RecordingStatus.Completed, recording.Status);
        Assert.Equal("https://filebin.redpill-linpro.com/iy5u4qhut4urszlm/sample4.mp3", recording.ExternalFileUrl);
        Assert.Equal(Duration.FromSeconds(10), recording.Duration);
        Assert.Equal(Instant.FromUtc(2021, 1, 1, 0, 0), recording.StartRecordingTime);
        Assert.Equal(new RecordingStatus("uploading"), list.Recordings[1].Status);
        Assert.Null(list.Recordings[1].Duration);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-session")]
    [InlineData("../webhooks")]
    public async Task GetStatusAsync_NotAGuid_ThrowsBeforeSending(string sessionId)
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => voice.Client.Recordings.GetStatusAsync(sessionId));

        Assert.Equal("sessionId", error.ParamName);
        Assert.Empty(voice.Server.Requests);
    }

    [Fact]
    public async Task GetStatusAsync_NotFoundWithoutBody_ThrowsWithTheTemplateNotTheId()
    {
        await using LoopbackVoiceClient voice = await LoopbackVoiceClient.StartAsync();
        voice.Server.Reply(ScriptedReply.Text(404, string.Empty, "text/plain"));

        Evo8x8ApiException error = await Assert.ThrowsAsync<Evo8x8ApiException>(() => voice.Client.Recordings.GetStatusAsync(SessionId));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatus);
        Assert.Contains("recordings/{sessionId}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionId, error.Message, StringComparison.Ordinal);
    }
}
