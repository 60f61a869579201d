using System.Text.Json.Serialization;
using System.Text.Json;

namespace Evo8x8.Client.Ccai;

/// <summary>
/// The disposition the agent applied when the session finished (<c>disposition</c>): a code naming the subject or
/// outcome, and plain-text notes. Google documents the content but not the keys, so this shape is likely but
/// unconfirmed; anything else in the object is kept in <see cref="ExtensionData"/>. A file that writes the disposition
/// as plain text (Google's own example value) keeps it in <see cref="Text"/>.
/// </summary>
public sealed class CcaiDisposition
{
    /// <summary>The disposition code, for example <c>Resolved</c>.</summary>
    [JsonPropertyName("code")]
    [JsonInclude]
    public string? Code { get; internal set; }

    /// <summary>The agent's notes, plain text.</summary>
    [JsonPropertyName("notes")]
    [JsonInclude]
    public string? Notes { get; internal set; }

    /// <summary>
    /// The disposition as the file wrote it when it was plain text, for example
    /// <c>Resolved; Customer needed to know our hours of operation…</c>; <see langword="null"/> for an object.
    /// </summary>
    [JsonIgnore]
    public string? Text { get; internal set; }

    /// <summary>Every field of the object this type does not name, kept as it was in the file.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
