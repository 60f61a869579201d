using Evo8x8.Client.Voice.Recordings;
using NodaTime;

namespace Evo8x8.Client.ContractTests.Voice.Recordings;

/// <summary>
/// <c>GET /recordings/{sessionId}</c> against WireMock.Net. The OpenAPI file's 200 example for this operation is a copy of
/// the push-config answer (a known defect), so the answer is the recording item of the OpenAPI schema and the recording page.
/// </summary>
public sealed class RecordingsApiContractTests : IDisposable
{
    private const string SessionId = "6a1d2a43-c7d4-4f9a-9a5e-2b7e3f6c9d10";
    private readonly VoiceContract _voice = new();

    [Fact]
    public async Task GetStatusAsync_Answer_SendsGetWithTheSessionIdAndReadsEveryRecording()
    {
        _voice.Stub("GET", "/recordings/" + SessionId, 200, "get-recording-status-information.200.json");

        RecordingList list = await _voice.Client.Recordings.GetStatusAsync(SessionId);

        _voice.AssertSingleRequest("GET", "/recordings/" + SessionId);
        Assert.Equal(0, list.StatusCode);
        Assert.Equal("ok", list.StatusMessage);
        Assert.Collection(
            list.Recordings,
            completed =>
            {
                Assert.Equal("XXXX", completed.RecordingId);
                Assert.Equal(SessionId, completed.SessionId);
                Assert.Equal(RecordingStatus.Completed, completed.Status);
                Assert.Equal("https://filebin.redpill-linpro.com/iy5u4qhut4urszlm/sample4.mp3", completed.ExternalFileUrl);
                Assert.Equal(Duration.FromSeconds(10), completed.Duration);
                Assert.Equal(Instant.FromUtc(2021, 1, 1, 0, 0), completed.StartRecordingTime);
            },
            uploading =>
            {
                Assert.Equal("YYYY", uploading.RecordingId);
                Assert.Equal("uploading", uploading.Status?.ToString());
                Assert.Null(uploading.Duration);
            });
    }

    public void Dispose() => _voice.Dispose();
}
