using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The <c>eventData</c> object of a call event: what the finished action produced.</summary>
public sealed record CallEventData
{
    /// <summary>The digits captured by <c>sayAndCapture</c>; prefer <see cref="CallEventPayload.Dtmf"/>, which also looks in the payload.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? Dtmf { get; internal set; }

    /// <summary>The JSON members of <c>eventData</c> this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => UnknownMembers.OrEmpty(Unknown);

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get; set; }
}
