using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;
using NodaTime;

namespace Evo8x8.Client.Ccai;

/// <summary>One entry of a chat transcript (<c>entries[]</c>): a message, notification or action, who sent it and when.</summary>
public sealed class ChatTranscriptEntry
{
    /// <summary>When the entry was created (<c>timestamp</c>, Unix seconds in the file).</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(EpochSecondsInstantJsonConverter))]
    [JsonInclude]
    public Instant Timestamp { get; internal set; }

    /// <summary>The body type, always the same as <see cref="ChatTranscriptBody.Type"/>.</summary>
    [JsonPropertyName("type")]
    [JsonInclude]
    public string? Type { get; internal set; }

    /// <summary>Who wrote the entry.</summary>
    [JsonPropertyName("role")]
    [JsonInclude]
    public ChatTranscriptRole? Role { get; internal set; }

    /// <summary>The payload: text, markdown, photo, video, notification or action.</summary>
    [JsonPropertyName("body")]
    [JsonInclude]
    public ChatTranscriptBody? Body { get; internal set; }

    /// <summary>
    /// The sender's display data (<c>user_data</c>): <c>name</c> when known for agents, managers and virtual agents;
    /// empty for the end-user and the system. Kept as it was, because Google lists only some of its keys.
    /// </summary>
    [JsonPropertyName("user_data")]
    [JsonInclude]
    public IReadOnlyDictionary<string, JsonElement>? UserData { get; internal set; }

    /// <summary>The sender's display name from <see cref="UserData"/>, when it is there (personal data).</summary>
    [JsonIgnore]
    public string? SenderName
        => UserData is not null && UserData.TryGetValue("name", out JsonElement name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;

    /// <summary>Every field of the entry this type does not name, kept as it was.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
