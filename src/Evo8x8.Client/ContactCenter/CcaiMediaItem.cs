using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evo8x8.Client.ContactCenter;

/// <summary>
/// A photo, screenshot or video the end-user sent through a SmartAction (<c>photos</c>, <c>videos</c>).
/// The shape follows Google's call object; in the metadata file it is likely but unconfirmed.
/// </summary>
public sealed class CcaiMediaItem
{
    /// <summary>The platform's id of the upload.</summary>
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    /// <summary>What the upload is, for example <c>photo</c> or <c>screenshot</c>.</summary>
    [JsonPropertyName("photo_type")]
    public string? PhotoType { get; init; }

    /// <summary>Where the upload can be fetched (personal data).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
