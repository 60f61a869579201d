using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Voice.Recordings;

/// <summary>One recording of a voice session and where it stands.</summary>
public sealed class Recording
{
    /// <summary>8x8's id for the recording.</summary>
    public string? RecordingId { get; init; }

    /// <summary>The session the recording belongs to (8x8 writes the key as <c>sessionid</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>The subaccount the session belongs to.</summary>
    public string? SubAccountId { get; init; }

    /// <summary>Where the recording stands, for example <see cref="RecordingStatus.Completed"/>.</summary>
    public RecordingStatus? Status { get; init; }

    /// <summary>The address the recording file can be fetched from, once uploaded.</summary>
    public string? ExternalFileUrl { get; init; }

    /// <summary>How long the recording lasts. 8x8 does not state the unit; it is read as seconds, the unit of its call durations.</summary>
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    public Duration? Duration { get; init; }

    /// <summary>When recording started.</summary>
    public Instant? StartRecordingTime { get; init; }
}
