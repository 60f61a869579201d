using Evo8x8.Client.AspNetCore;
using Evo8x8.Client.Voice.Recordings;
using Evo8x8.Client.Voice.Webhooks;

namespace Evo8x8.Samples.Recording;

// 3. 8x8 posts a recording status (VRU) once the file is on your server; register a VRU webhook
//    (WebhookType.RecordingUploaded) and map this handler with MapEightByEightWebhooks.
public sealed class RecordingHandler : IWebhookHandler
{
    public Task HandleCallRecordingStatusAsync(CallRecordingStatusEvent recordingStatus, CancellationToken cancellationToken)
    {
        CallRecordingStatusPayload recording = recordingStatus.Payload;
        string outcome = recording.Status == RecordingStatus.UploadCompleted ? "uploaded" : $"not uploaded ({recording.Status})";
        Console.WriteLine($"Session {recording.SessionId}: recording {recording.RecordingId} {outcome}, {recording.Duration?.TotalSeconds} s, at {recording.FilePath}");
        return Task.CompletedTask;
    }

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<CallActionReply?> HandleCallActionAsync(CallActionEvent callAction, CancellationToken cancellationToken)
        => Task.FromResult<CallActionReply?>(null);
}
