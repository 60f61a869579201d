using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A CCAI Platform chat transcript in its JSON form: which chat (or call with SMS content) it belongs to, the format
/// version, and the entries in order. Read it with <see cref="ChatTranscriptReader"/>, which can also stream the
/// entries of a large file one at a time.
/// </summary>
public sealed class ChatTranscript
{
    /// <summary>What the transcript belongs to: <c>chat</c> usually, <c>call</c> for a voice call with SMS content.</summary>
    [JsonPropertyName("comm_type")]
    [JsonInclude]
    public string? CommType { get; internal set; }

    /// <summary>The id of that chat or call, the <see cref="SessionMetadata.Id"/> of its metadata.</summary>
    [JsonPropertyName("comm_id")]
    [JsonInclude]
    public long CommId { get; internal set; }

    /// <summary>The format version (<c>1.0</c> today); Google advises reading by version and ignoring unknown fields.</summary>
    [JsonPropertyName("transcript_version")]
    [JsonInclude]
    public string? TranscriptVersion { get; internal set; }

    /// <summary>When the chat was assigned, with the offset the platform wrote.</summary>
    [JsonPropertyName("assigned_at")]
    [JsonConverter(typeof(OffsetDateTimeJsonConverter))]
    [JsonInclude]
    public OffsetDateTime? AssignedAt { get; internal set; }

    /// <summary>The time zone of the transcript, an IANA id such as <c>America/Los_Angeles</c>.</summary>
    [JsonPropertyName("timezone")]
    [JsonInclude]
    public string? Timezone { get; internal set; }

    /// <summary>The entries in order; empty when the file has none.</summary>
    [JsonPropertyName("entries")]
    [JsonInclude]
    public IReadOnlyList<ChatTranscriptEntry> Entries { get; internal set; } = [];

    /// <summary>Every root field this type does not name, kept as it was.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
