using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>
/// Why a voice session failed (a session summary's <c>errorDetails</c>). The code and the message are kept
/// exactly as sent, because 8x8's samples and its code table do not always agree.
/// </summary>
public sealed record SessionErrorDetails
{
    /// <summary>8x8's error message, verbatim (JSON <c>errorMsg</c>).</summary>
    [JsonPropertyName("errorMsg")]
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? ErrorMessage { get; internal set; }

    /// <summary>8x8's error code, sent as a number or a string.</summary>
    [JsonInclude]
    public VoiceSessionErrorCode? ErrorCode { get; internal set; }

    /// <summary>The JSON members of the error details this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
