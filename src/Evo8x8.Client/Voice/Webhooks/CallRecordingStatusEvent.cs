using System.Text.Json.Serialization;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// A recording status (VRU, "Voice Recording Uploaded", <c>CALL_RECORDING_STATUS</c>): a recording of a session
/// started with <c>callRecording</c> on <c>makeCall</c> reached your file server (S3 or SFTP). It needs no answer beyond 200.
/// </summary>
public sealed record CallRecordingStatusEvent : WebhookEvent
{
    /// <summary>The recording and where its file was written.</summary>
    [JsonInclude]
    public CallRecordingStatusPayload Payload { get; internal set; } = null!;

    /// <summary>
    /// <c>CALL_RECORDING_STATUS:</c> followed by the recording id and its status, so a later status of the same
    /// recording is a new event while a repeated delivery is not.
    /// </summary>
    [JsonIgnore]
    public override string? DeduplicationKey
        => Payload?.RecordingId is { } recordingId ? $"{WebhookEventType.CallRecordingStatus}:{recordingId}:{Payload.Status}" : null;
}
