using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using Evo8x8.Client.Voice.Recordings;
using NodaTime;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// The payload of a recording status event. 8x8's recordings page shows one sample and no field table, so the
/// types here are read from that sample; any field 8x8 leaves out is <see langword="null"/>.
/// </summary>
public sealed record CallRecordingStatusPayload
{
    /// <summary>The voice session that was recorded, the same id the callflow request returned.</summary>
    [JsonInclude]
    public string? SessionId { get; internal set; }

    /// <summary>The recording's id; <c>GET …/recordings/{sessionId}</c> lists it too.</summary>
    [JsonInclude]
    public string? RecordingId { get; internal set; }

    /// <summary>How long the recording lasts (JSON <c>durationSeconds</c>, whole seconds).</summary>
    [JsonPropertyName("durationSeconds")]
    [JsonConverter(typeof(SecondsDurationJsonConverter))]
    [JsonInclude]
    public Duration? Duration { get; internal set; }

    /// <summary>
    /// Where the file was written on your server, as sent: the sample shows
    /// <c>&lt;path&gt;/&lt;yyyy-MM-dd&gt;/&lt;sessionId&gt;/&lt;recordingId&gt;_&lt;timestamp&gt;.mp3</c>.
    /// </summary>
    [JsonInclude]
    public string? FilePath { get; internal set; }

    /// <summary>Where the recording stands; the sample sends <see cref="RecordingStatus.UploadCompleted"/>.</summary>
    [JsonInclude]
    public RecordingStatus? Status { get; internal set; }

    /// <summary>The JSON members of the payload this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
