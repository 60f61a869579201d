using System.Text.Json.Serialization;
using System.Text.Json;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Voice.Webhooks;

/// <summary>The <c>eventData</c> object of a call event: what the finished action produced.</summary>
public sealed record CallEventData
{
    private UnknownMemberStore? _unknown;

    /// <summary>The digits captured by <c>sayAndCapture</c>; prefer <see cref="CallEventPayload.Dtmf"/>, which also looks in the payload.</summary>
    [JsonConverter(typeof(NullableTextJsonConverter))]
    [JsonInclude]
    public string? Dtmf { get; internal set; }

    /// <summary>The JSON members of <c>eventData</c> this SDK does not name, kept as sent so a field 8x8 adds is readable today.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> ExtensionData => _unknown?.View ?? UnknownMembers.Empty;

    // Built from the store on first use: what the context writes from, and fills when it reads the model itself.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? Unknown { get => _unknown?.Members; set => _unknown = UnknownMemberStore.Of(value, _unknown); }

    // Where WebhookParser's reader keeps the members it does not know, until someone reads them.
    internal UnknownMemberStore? UnknownStore { get => _unknown; set => _unknown = value; }
}
