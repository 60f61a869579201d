using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// A photo, screenshot or video the end-user sent through a SmartAction (<c>photos</c>, <c>videos</c>).
/// The shape follows Google's call object; in the metadata file it is likely but unconfirmed.
/// </summary>
public sealed class CcaiMediaItem
{
    /// <summary>The platform's id of the upload.</summary>
    [JsonPropertyName("id")]
    [JsonInclude]
    public long? Id { get; internal set; }

    /// <summary>What the upload is, for example <c>photo</c> or <c>screenshot</c>.</summary>
    [JsonPropertyName("photo_type")]
    [JsonInclude]
    public string? PhotoType { get; internal set; }

    /// <summary>Where the upload can be fetched (personal data).</summary>
    [JsonPropertyName("url")]
    [JsonInclude]
    public string? Url { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
