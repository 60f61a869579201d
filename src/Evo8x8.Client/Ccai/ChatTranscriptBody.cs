using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The payload of a chat transcript entry (<c>body</c>); which properties are set depends on <see cref="Type"/>:
/// text and markdown carry <see cref="Content"/>, a photo <see cref="MediaId"/>, a video <see cref="Title"/>.
/// Anything else (the video object, notification and action payloads) is kept in <see cref="ExtensionData"/>.
/// </summary>
public sealed class ChatTranscriptBody
{
    /// <summary>The body type, for example <c>text</c>, <c>markdown</c>, <c>photo</c>, <c>video</c>, <c>noti</c> or <c>action</c>.</summary>
    [JsonPropertyName("type")]
    [JsonInclude]
    public string? Type { get; internal set; }

    /// <summary>The message text of a text, markdown or template body (templates may hold placeholders).</summary>
    [JsonPropertyName("content")]
    [JsonInclude]
    public string? Content { get; internal set; }

    /// <summary>The language of a text body, an ISO 639 code.</summary>
    [JsonPropertyName("lang")]
    [JsonInclude]
    public string? Lang { get; internal set; }

    /// <summary>The id of the photo of a photo body, as the media file names carry it.</summary>
    [JsonPropertyName("media_id")]
    [JsonInclude]
    public long? MediaId { get; internal set; }

    /// <summary>The title of a video body.</summary>
    [JsonPropertyName("title")]
    [JsonInclude]
    public string? Title { get; internal set; }

    /// <summary>Every field of the body this type does not name, kept as it was.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
